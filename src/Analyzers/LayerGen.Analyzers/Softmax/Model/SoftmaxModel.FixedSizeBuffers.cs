using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A struct's fixed-size buffer (<c>public fixed double Probs[12];</c>) read through an element of a buffer of such
/// structs (<c>frames[f].Probs</c>, or <c>frame.Probs</c> of <c>ref Frame frame = ref frames[f]</c>) is that element's own
/// row, like a <c>double[] Probs</c> field (<see cref="RecordRowView"/>): one storage identity per element, the same in
/// every pass, whether pinned by <c>fixed (double* p = frames[f].Probs)</c> or indexed as <c>frames[f].Probs[k]</c>. The
/// field's type is a pointer, so without this each pass would read one buffer shared by every element.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>A reference to an instance fixed-size buffer field of numbers (its type is the element pointer).</summary>
    private static bool IsNumericFixedSizeBuffer(IOperation member) =>
        member is IFieldReferenceOperation { Field: var field } && WellKnownSymbols.IsNumericFixedSizeBuffer(field);
}
