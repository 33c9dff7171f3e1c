package normalize

import "strings"

// The Vietnamese vowels with their tones, as the legacy decoders build and
// check them. A vowel is a row (its base letter with circumflex, breve or
// horn) and a tone.

// Rows of the vowel table.
const (
	lgA  = iota // a
	lgAb        // ă
	lgAc        // â
	lgE         // e
	lgEc        // ê
	lgI         // i
	lgO         // o
	lgOc        // ô
	lgOh        // ơ
	lgU         // u
	lgUh        // ư
	lgY         // y
	lgRows
)

// Tones, in the column order of the vowel table.
const (
	lgLevel = iota // ngang: no mark
	lgGrave        // huyền
	lgHook         // hỏi
	lgTilde        // ngã
	lgAcute        // sắc
	lgDot          // nặng
	lgTones
)

// lgVowelRows lists each row's six tones, lower case.
const lgVowelRows = "aàảãáạ ăằẳẵắặ âầẩẫấậ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự yỳỷỹýỵ"

// A lgVowel describes one Vietnamese vowel letter.
type lgVowel struct {
	row, tone uint8
	upper     bool
}

// lgVowels holds every vowel letter by [upper][row][tone]; lgVowelOf is its
// inverse; lgLatin1VN marks the Latin-1 letters of the Vietnamese alphabet.
var lgVowels, lgVowelOf, lgLatin1VN = lgBuildVowels()

func lgBuildVowels() (*[2][lgRows][lgTones]rune, map[rune]lgVowel, *[256]bool) {
	var table [2][lgRows][lgTones]rune
	var latin1 [256]bool
	of := map[rune]lgVowel{}
	for row, s := range strings.Fields(lgVowelRows) {
		for tone, r := range []rune(s) {
			for up, c := range [2]rune{r, []rune(strings.ToUpper(string(r)))[0]} {
				table[up][row][tone] = c
				of[c] = lgVowel{uint8(row), uint8(tone), up == 1}
				if c < 256 {
					latin1[c] = true
				}
			}
		}
	}
	return &table, of, &latin1
}

// lgVowelRune returns the vowel letter of row and tone.
func lgVowelRune(row, tone int, upper bool) rune {
	u := 0
	if upper {
		u = 1
	}
	return lgVowels[u][row][tone]
}

// lgIsNative reports whether r is a letter or mark that Unicode Vietnamese
// has and no legacy encoding read as Windows-1252 can produce.
func lgIsNative(r rune) bool {
	switch r {
	case 'Ă', 'ă', 'Đ', 'đ', 'Ĩ', 'ĩ', 'Ũ', 'ũ', 'Ơ', 'ơ', 'Ư', 'ư',
		'\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031B', '\u0323':
		return true
	}
	return 0x1EA0 <= r && r <= 0x1EF9
}
