/**
* Test Optional Nested Enum
* @param {?string} summary A short summary of the product.
* @param {?array} attributes Attributes to attach to the product.
* @ {object} AttributeInput One attribute.
* @   {?string} value The attribute's value.
* @   {?enum} valueType How the value is encoded.
*       ["STRING", "STRING"]
*       ["INTEGER", "INTEGER"]
*       ["JSON_STRING", "JSON_STRING"]
* @param {?array} hiddenAttributes Attributes only the owner can see.
* @ {object} HiddenAttributeInput One hidden attribute.
* @   {?any} owner Who owns the attribute.
* @   {object} valueInput The value and how it is encoded.
* @     {string} value The hidden attribute's value.
* @     {enum} valueType How the value is encoded.
*         ["STRING", "STRING"]
*         ["INTEGER", "INTEGER"]
*         ["JSON_STRING", "JSON_STRING"]
* @param {?array} variants Variants of the product.
* @ {object} VariantInput One variant.
* @   {?string} sku The variant's stock keeping unit.
* @   {?enum} stockPolicy What happens when the variant is out of stock.
*       ["DENY", "DENY"]
*       ["CONTINUE", "CONTINUE"]
* @   {?array} attributes Attributes of the variant.
* @     {object} AttributeInput One attribute.
* @       {?string} note A note about the attribute.
* @       {?enum} valueType How the value is encoded.
*           ["STRING", "STRING"]
*           ["INTEGER", "INTEGER"]
*           ["JSON_STRING", "JSON_STRING"]
* @   {?string} taxCode The variant's tax code.
* @   {?enum} weightUnit Unit of the variant's weight.
*       ["KILOGRAMS", "KILOGRAMS"]
*       ["GRAMS", "GRAMS"]
*       ["POUNDS", "POUNDS"]
*       ["OUNCES", "OUNCES"]
* @param {?array} media Media to add to the product.
* @ {object} MediaInput One media item.
* @   {string} source Where the media can be downloaded.
* @   {enum} contentType What kind of media it is.
*       ["VIDEO", "VIDEO"]
*       ["EXTERNAL_VIDEO", "EXTERNAL_VIDEO"]
*       ["MODEL_3D", "MODEL_3D"]
*       ["IMAGE", "IMAGE"]
* @returns {boolean} myBool A boolean value
*/
module.exports = async (summary = null, attributes = null, hiddenAttributes = null, variants = null, media = null, context) => {
  return true;
};
