using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A kernel whose exponent is provably ≤ 0 (<see cref="SignOf(IOperation?)"/>: <c>exp(-beta * d * d)</c>,
/// <c>exp(-dist / tau)</c> with <c>dist</c> a sum of squares or a square root, <c>exp(-Math.Abs(v))</c>) over a sum
/// guarded against 0 / 0: every start of the sum that reaches its folds is a positive constant (t-SNE's
/// <c>sum = DBL_MIN</c>, also after a <c>sum = 0</c> declaration it overwrites), or the division adds a positive
/// constant to the sum or floors it (<c>s + eps</c>, <c>Math.Max(s, eps)</c>), or runs only on a branch where the sum is
/// positive (<c>if (s &gt; 1e-10)</c>, <c>SoftmaxModel.BranchGuards.cs</c>); a sum a same-type helper folds is
/// judged by the helper's own starts. Such an exp cannot overflow, and a row whose every term underflows gives zeros,
/// not NaN: no maximum needs subtracting (LG0003 stays silent). Without the guard the same kernel still underflows to
/// 0 / 0 when every exponent is below about −745 (double), and is reported.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="exp"/>'s exponent is provably ≤ 0 and <paramref name="site"/>'s sum is guarded against 0 / 0.</summary>
    public bool IsGuardedNonPositiveExp(IOperation exp, SoftmaxSite site) =>
        exp is IInvocationOperation call && ExpOperand(call) is { } operand && SignOf(operand) == (NegatesExponent(call) ? Sign.NonNegative : Sign.NonPositive)
        && (StartsPositive(site.Sum) || IsFlooredDivisor(site.Division) || IsBranchGuarded(site.Division));

    /// <summary>Every start of the accumulator of a sum or max (a write that folds nothing in) that reaches one of its folds is a positive constant.</summary>
    private bool StartsPositive(Reduction sum)
    {
        var targets = sum.Folds.Select(fold => fold switch
        {
            ICompoundAssignmentOperation compound => VariableOf(compound.Target),
            ISimpleAssignmentOperation simple => VariableOf(simple.Target),
            // if (m < v) m = v: the fold is the if statement; its accumulator is what the branch assigns.
            IConditionalOperation guarded => guarded.WhenTrue.DescendantsAndSelf().OfType<ISimpleAssignmentOperation>().Select(assignment => VariableOf(assignment.Target)).FirstOrDefault(),
            _ => null,
        }).Distinct(SymbolEqualityComparer.Default).ToList();
        if (targets.Count != 1 || targets[0] is not { } accumulator)
        {
            return false;
        }

        // A sum folded in a same-type helper (float s = SumRow(...)): its starts are the helper's.
        if (WritesOf(accumulator).Count == 0)
        {
            return accumulator is ILocalSymbol { ContainingSymbol: IMethodSymbol home } && HelperModel(home) is { } helper && helper.StartsPositive(sum);
        }

        var starts = WritesOf(accumulator).Where(write => Accumulation(accumulator, write.Operation, write.Value) is null).ToList();
        var kills = starts.Select(start => start.Operation).ToList();
        var reaching = starts.Where(start => sum.Folds.Any(fold => Flow.Reaches(start.Operation, fold, kills))).ToList();
        return reaching.Count > 0 && reaching.All(write => write.Operation is IVariableDeclaratorOperation or ISimpleAssignmentOperation
            && Unwrap(write.Value) is { ConstantValue: { HasValue: true, Value: { } value } } && AsDouble(value) is > 0);
    }

    /// <summary>The divisor is the sum plus a positive constant, or floored at one: <c>p / (s + eps)</c>, <c>p / Math.Max(s, eps)</c>.</summary>
    private bool IsFlooredDivisor(IOperation division)
    {
        var divisor = division switch
        {
            IBinaryOperation binary => binary.RightOperand,
            ICompoundAssignmentOperation compound => compound.Value,
            _ => null,
        };
        return Unwrap(SingleDefinition(divisor)) switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add => IsPositiveConstant(add.LeftOperand) || IsPositiveConstant(add.RightOperand),
            IInvocationOperation call when Symbols.IsScalarFunction(call.TargetMethod, "Max") && call.Arguments.Length == 2 =>
                IsPositiveConstant(call.Arguments[0].Value) || IsPositiveConstant(call.Arguments[1].Value),
            _ => false,
        };
    }

    private static bool IsPositiveConstant(IOperation operation) =>
        Unwrap(operation) is { ConstantValue: { HasValue: true, Value: { } value } } && AsDouble(value) is > 0;
}
