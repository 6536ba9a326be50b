using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Statistics kept in the elements of a tuple variable, <c>(double Max, double Denominator) state = (-∞, 0)</c>, and
/// updated by assigning the whole tuple, <c>state = (v, state.Denominator * exp(state.Max - v) + 1)</c>. Such a
/// declaration or assignment writes every element: each element field is recorded as written with the matching element
/// of the tuple literal (an unknown value when the right side is not a literal), so a tuple declared per row resets
/// its denominator per row, and a tuple assignment that rescales it is the online softmax's rescale, as for locals.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Records the element writes of a whole-tuple declaration or simple assignment of <paramref name="variable"/>.</summary>
    private void RecordTupleElementWrites(ISymbol variable, IOperation write, IOperation? target, IOperation? value)
    {
        if (write is not (IVariableDeclaratorOperation or ISimpleAssignmentOperation { IsRef: false })
            || TypeOfVariable(variable) is not INamedTypeSymbol { IsTupleType: true } tuple)
        {
            return;
        }

        var elements = tuple.TupleElements;
        var literal = Unwrap(value) is ITupleOperation written && written.Elements.Length == elements.Length ? written : null;
        for (var index = 0; index < elements.Length; index++)
        {
            AddVariableWrite(elements[index], write, target, literal?.Elements[index]);
        }
    }
}
