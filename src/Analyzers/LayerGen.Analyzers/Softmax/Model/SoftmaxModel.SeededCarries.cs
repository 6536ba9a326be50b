using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A fold in a local declared inside a loop that starts from a variable declared above it and is copied back into that
/// variable (<c>float newMax = runMax; … newMax = Max(newMax, row[j]); … runMax = newMax;</c>, HeldOut39
/// <c>FlashAttention_RunningMaxAcrossQueries</c>): the local is new every iteration, but its value is not; the fold
/// continues the variable's, so it carries across the loop as long as nothing else writes the variable inside it.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="local"/>, declared in <paramref name="body"/> of <paramref name="loop"/>, is declared as
    /// a copy of a local declared outside <paramref name="body"/> whose only writes inside the loop copy
    /// <paramref name="local"/> back: the fold survives into the next iteration through that variable.
    /// </summary>
    private bool ContinuesCarriedSeed(ILocalSymbol local, IOperation loop, IOperation body)
    {
        var declaration = WritesOf(local).FirstOrDefault(write => write.Operation is IVariableDeclaratorOperation);
        if (declaration?.Value is not { } start || VariableOf(Unwrap(start)) is not ILocalSymbol seed || SymbolEqualityComparer.Default.Equals(seed, local)
            || seed.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == body.Syntax.SyntaxTree && body.Syntax.Span.Contains(reference.Span)))
        {
            return false;
        }

        var inside = WritesOf(seed).Where(write => Contains(loop, write.Operation)).ToList();
        return inside.Count > 0 && inside.All(write => write.Operation is ISimpleAssignmentOperation
            && SymbolEqualityComparer.Default.Equals(VariableOf(Unwrap(write.Value)), local));
    }
}
