// Linked with --pre-js into the full engine (bindings/CMakeLists.txt). Strings the engine takes
// as std::string (a document's text) cross with Emscripten 3.1.6's glue: lengthBytesUTF8 and
// stringToUTF8 walk them in JavaScript, a character at a time, ~6 % of Engine.dates on the
// corpus (node --cpu-prof). TextEncoder encodes natively; for a well-formed string its bytes
// are the glue's bytes. A string with a lone surrogate (which TextEncoder would write as
// U+FFFD, the glue not) and short strings keep the glue's loops.
if (typeof TextEncoder !== 'undefined' && typeof ''.isWellFormed === 'function') {
  const utf8Encoder = new TextEncoder();
  const lengthLoop = lengthBytesUTF8;
  const encodeLoop = stringToUTF8;
  // Embind measures a string, allocates, then writes it: the bytes of the measure are kept
  // for the write that follows at once.
  let encodedText = null;
  let encodedBytes = null;
  lengthBytesUTF8 = (str) => {
    encodedText = null;
    if (str.length < 256 || !str.isWellFormed()) return lengthLoop(str);
    encodedBytes = utf8Encoder.encode(str);
    encodedText = str;
    return encodedBytes.length;
  };
  stringToUTF8 = (str, outPtr, maxBytesToWrite) => {
    if (str !== encodedText || encodedBytes.length >= maxBytesToWrite) {
      return encodeLoop(str, outPtr, maxBytesToWrite);
    }
    HEAPU8.set(encodedBytes, outPtr);
    HEAPU8[outPtr + encodedBytes.length] = 0;
    encodedText = null;
    return encodedBytes.length;
  };
}
