using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The walk up from a value past the conversions and parentheses around it, the upward twin of <see cref="Unwrap"/>:
/// what an operation is used by (<c>y[i] = (float)Math.Exp(v)</c>: the assignment uses the exp). One spelling for the
/// readers that ask where a value goes; walks that also climb other operations (products, sums, delegate creations,
/// implicit conversions only) keep their own loops, as their answers differ.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The outermost conversion or parentheses around <paramref name="operation"/> (itself when there is none).</summary>
    public static IOperation UnwrapUp(IOperation operation)
    {
        var current = operation;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        return current;
    }

    /// <summary>The operation that uses <paramref name="operation"/>'s value: its parent past conversions and parentheses (null at the root).</summary>
    public static IOperation? ParentValue(IOperation operation) => UnwrapUp(operation).Parent;
}
