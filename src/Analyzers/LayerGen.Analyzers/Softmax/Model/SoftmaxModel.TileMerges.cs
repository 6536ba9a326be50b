using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Tile merges of an online softmax: per tile a local max and a local sum of exps shifted by it, merged into the row's
/// running total as <c>total = total * exp(runMax - newMax) + tileSum * exp(tileMax - newMax)</c>. The merge factor
/// moves the tile's sum from the tile's max to the running max (<c>tileSum · exp(tileMax − newMax) = Σ exp(x − newMax)</c>),
/// and the rescale factor moves the total there too: every term of the total is shifted by the running max, whose
/// reads the numerator's exps carry. The tile's max is then no shift of the site (its axis, one tile, is narrower than
/// the total's: a false LG0002), and the factors, which exponentiate differences of maxima, subtract no maximum of the
/// site either (read at their step they are partial maxima: a false LG0001 once a divided buffer's stored facts hold
/// them). A tile max carried across rows (stale) stays a shift: its exps underflow.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="shift"/>, read in <paramref name="exp"/>, is moved away by a merge in a fold of
    /// <paramref name="sum"/>: <paramref name="exp"/> is a factor <c>exp(m - M)</c> multiplying the sum itself or a
    /// local partial sum, or <paramref name="exp"/> is summed into a partial sum that is merged by <c>exp(m - M)</c> with
    /// <c>m</c> the very variable <paramref name="shift"/> is read through (and <paramref name="shift"/> is reset per row).
    /// </summary>
    private bool IsMovedByTileMerge(IOperation exp, Reduction shift, Reduction sum)
    {
        foreach (var fold in sum.Folds)
        {
            if (FoldTarget(fold) is not { } total)
            {
                continue;
            }

            foreach (var product in fold.DescendantsAndSelf().OfType<IBinaryOperation>().Where(binary => binary.OperatorKind == BinaryOperatorKind.Multiply))
            {
                foreach (var (partial, factor) in new[] { (product.LeftOperand, product.RightOperand), (product.RightOperand, product.LeftOperand) })
                {
                    if (SingleDefinition(factor) is not IInvocationOperation call || !Symbols.IsExp(call.TargetMethod)
                        || ExpOperand(call) is not { } exponent || SingleDefinition(exponent) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
                        || VariableOf(partial) is not ILocalSymbol partialSum)
                    {
                        continue;
                    }

                    var rescalesTotal = SymbolEqualityComparer.Default.Equals(partialSum, total);
                    if (call == exp && (rescalesTotal || IsPartialSumOfExps(partialSum)))
                    {
                        // The factor itself: exp(runMax - newMax), exp(tileMax - newMax).
                        return true;
                    }

                    if (!rescalesTotal && shift.StaleAtoms.Count == 0 && WritesOf(partialSum).Any(write => Contains(write.Operation, exp))
                        && _shiftReads.TryGetValue(shift, out var read) && VariableOf(read.Read) is ILocalSymbol shiftVariable
                        && References(difference.LeftOperand, shiftVariable))
                    {
                        // An exp of the tile's sum, shifted by the tile's max that the merge factor moves to the running max.
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when some write of <paramref name="local"/> adds an exp (<c>tileSum += exp(x - tileMax)</c>): a partial sum of exps.</summary>
    private bool IsPartialSumOfExps(ILocalSymbol local) =>
        WritesOf(local).Any(write => write.Operation is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } or ISimpleAssignmentOperation
            && write.Operation.DescendantsAndSelf().Any(operation => operation is IInvocationOperation call && Symbols.IsExp(call.TargetMethod)));
}
