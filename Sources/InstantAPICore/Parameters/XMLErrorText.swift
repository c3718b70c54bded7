/// Readable texts for the libxml2 error codes that `XMLParser` reports (its error codes are
/// libxml2's `xmlParserErrors`, and on Linux its errors carry no description).
enum XMLErrorText {
    static func text(for code: Int) -> String {
        switch code {
        case -1: return "Elements nested too deeply"
        case 3: return "Start tag expected"
        case 4: return "Document is empty"
        case 5: return "Extra content at the end of the document"
        case 6, 7, 8: return "Invalid character reference"
        case 9: return "Invalid character"
        case 22, 23: return "Malformed entity reference"
        case 26, 27: return "Undeclared entity"
        case 31, 32: return "Unsupported encoding"
        case 33, 34: return "Unterminated quoted string"
        case 38: return "Unescaped '<' in attribute value"
        case 39, 40, 41: return "Malformed attribute"
        case 42: return "Attribute redefined"
        case 45: return "Comment not terminated"
        case 46, 47: return "Malformed processing instruction"
        case 56, 57: return "Malformed XML declaration"
        case 61: return "Malformed DOCTYPE"
        case 63: return "CDATA section not terminated"
        case 64: return "Reserved XML name"
        case 65: return "Space required"
        case 68: return "Name required"
        case 73: return "'>' expected"
        case 75: return "'=' expected"
        case 76: return "Closing tag does not match opening tag"
        case 77: return "Tag not finished"
        case 81: return "Invalid encoding"
        case 85: return "Document is not well balanced"
        case 86: return "Extra content after the root element"
        default: return "Malformed XML (libxml2 error \(code))"
        }
    }
}
