package normalize

import (
	_ "embed"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The TCVN3 and VNI tables live in data/, one mapping per line, '#'
// starting a comment. They are parsed once, when the package loads.

//go:embed data/tcvn3.txt
var tcvn3Data string

//go:embed data/vni.txt
var vniData string

// tcvn3Table maps a TCVN3 byte, seen as the Latin-1 rune with the same
// number, to its Vietnamese letter, or to 0 when the byte is not a letter.
var tcvn3Table = tcvn3Parse(tcvn3Data)

// vniTable holds the VNI sequences: a base letter and a mark (pairs), or a
// letter of its own (singles).
var vniTable = vniParse(vniData)

type vniTables struct {
	pairs   map[[2]rune]rune
	singles map[rune]rune
}

// lgDataLines returns the fields of the non-comment lines of data, each
// line as exactly two fields; it panics on any other line, since the data
// is part of the package.
func lgDataLines(name, data string) [][2]string {
	var lines [][2]string
	for line := range strings.Lines(data) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 || utf8.RuneCountInString(f[1]) != 1 {
			panic("normalize: bad line in " + name + ": " + quote(line))
		}
		lines = append(lines, [2]string{f[0], f[1]})
	}
	return lines
}

func tcvn3Parse(data string) *[256]rune {
	var t [256]rune
	for _, l := range lgDataLines("tcvn3.txt", data) {
		b, err := strconv.ParseUint(l[0], 16, 8)
		if err != nil || b < 0x80 || t[b] != 0 {
			panic("normalize: bad byte in tcvn3.txt: " + l[0])
		}
		t[b], _ = utf8.DecodeRuneInString(l[1])
	}
	return &t
}

func vniParse(data string) vniTables {
	t := vniTables{pairs: map[[2]rune]rune{}, singles: map[rune]rune{}}
	for _, l := range lgDataLines("vni.txt", data) {
		letter, _ := utf8.DecodeRuneInString(l[1])
		switch rs := []rune(l[0]); len(rs) {
		case 1:
			t.singles[rs[0]] = letter
		case 2:
			t.pairs[[2]rune{rs[0], rs[1]}] = letter
		default:
			panic("normalize: bad sequence in vni.txt: " + l[0])
		}
	}
	return t
}

// Flags of the Latin-1 runes, for the detectors' fast paths.
const (
	lfTCVN3Strong = 1 << iota // a TCVN3 letter that is no Vietnamese letter
	lfVNIBase                 // a VNI base letter that takes marks
	lfVNIMark                 // a VNI mark
	lfVNISingle               // a VNI letter of its own that is no Vietnamese letter
	lfMojiLead                // a UTF-8 lead byte of a multi-byte sequence
	lfMojiCont                // a UTF-8 continuation byte
)

var lgLatin1Flags = lgBuildLatin1Flags()

func lgBuildLatin1Flags() *[256]uint8 {
	var f [256]uint8
	for r := 0x80; r < 0x100; r++ {
		if tcvn3Table[r] != 0 && !lgLatin1VN[r] {
			f[r] |= lfTCVN3Strong
		}
		if 0xC2 <= r && r <= 0xF4 {
			f[r] |= lfMojiLead
		}
		if r <= 0xBF {
			f[r] |= lfMojiCont
		}
	}
	for p := range vniTable.pairs {
		f[p[0]] |= lfVNIBase
		f[p[1]] |= lfVNIMark
	}
	for r := range vniTable.singles {
		if !lgLatin1VN[r] {
			f[r] |= lfVNISingle
		}
	}
	return &f
}

// lgFlags returns the flags of r, 0 for runes outside Latin-1.
func lgFlags(r rune) uint8 {
	if 0 <= r && r < 0x100 {
		return lgLatin1Flags[r]
	}
	return 0
}
