package normalize

import "strings"

// Encoding names a legacy way of writing Vietnamese, or a known way of
// damaging Unicode Vietnamese, that DetectEncoding recognizes and Decode
// converts to Unicode. Every input is valid UTF-8: the legacy bytes are
// seen the way a scraper saves them, as Windows-1252 (or Latin-1)
// characters re-encoded as UTF-8.
type Encoding int

const (
	// UTF8 is clean Unicode text with nothing to convert.
	UTF8 Encoding = iota
	// Mojibake is UTF-8 text that was decoded as Windows-1252 or Latin-1
	// and encoded as UTF-8 again, once or twice: "ThÃ nh phá»‘" for
	// "Thành phố".
	Mojibake
	// VIQR is the ASCII mnemonic writing of RFC 1456: "Vie^.t Nam" for
	// "Việt Nam".
	VIQR
	// TCVN3 is text in the TCVN3 (ABC, .VnTime) encoding read as
	// Windows-1252: "Thµnh phè" for "Thành phố".
	TCVN3
	// VNI is text in the VNI-Windows encoding read as Windows-1252:
	// "Thaønh phoá" for "Thành phố".
	VNI
)

var encodingNames = [...]string{UTF8: "utf-8", Mojibake: "mojibake", VIQR: "viqr", TCVN3: "tcvn3", VNI: "vni"}

// String returns "utf-8", "mojibake", "viqr", "tcvn3" or "vni".
func (e Encoding) String() string {
	if e >= 0 && int(e) < len(encodingNames) {
		return encodingNames[e]
	}
	return "Encoding(" + itoa(int(e)) + ")"
}

// ParseEncoding parses the names String returns, ignoring case, and a few
// common aliases ("utf8", "unicode", "abc", "vn3", "vni-windows"). An
// unknown name yields an *Error. It is safe for concurrent use.
func ParseEncoding(s string) (Encoding, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "utf-8", "utf8", "unicode":
		return UTF8, nil
	case "mojibake":
		return Mojibake, nil
	case "viqr":
		return VIQR, nil
	case "tcvn3", "tcvn", "abc", "vn3":
		return TCVN3, nil
	case "vni", "vni-windows":
		return VNI, nil
	}
	return 0, &Error{Op: "ParseEncoding", Msg: "unknown encoding " + quote(s) +
		` (want "utf-8", "mojibake", "viqr", "tcvn3" or "vni")`}
}

// Decode converts b from enc to Unicode and returns the result in a new
// slice. It decodes whether or not DetectEncoding would pick enc; for UTF8
// or an unknown Encoding it returns a copy of b. b should be valid UTF-8.
// It is safe for concurrent use.
func Decode(b []byte, enc Encoding) []byte {
	out, _ := decodeLegacy(b, enc)
	if len(out) > 0 && len(b) > 0 && &out[0] == &b[0] {
		return append([]byte(nil), out...)
	}
	return out
}

// decodeLegacy converts in from enc to Unicode with the map back to in. It
// returns in itself and the identity map for UTF8 and unknown encodings.
func decodeLegacy(in []byte, enc Encoding) ([]byte, offsetMap) {
	switch enc {
	case Mojibake:
		return decodeMojibake(in)
	case VIQR:
		return decodeVIQR(in)
	case TCVN3:
		return decodeTCVN3(in)
	case VNI:
		return decodeVNI(in)
	}
	return in, offsetMap{}
}
