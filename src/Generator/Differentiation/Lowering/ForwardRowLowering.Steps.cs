// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Loops with a constant step other than ±1 (<c>for (int i = a; i + 2 &lt; n; i += 2)</c>): the IR's loops step by one,
/// so such a loop becomes a loop over its trip number t, <c>for (int t = 0; t &lt; trips; t++) { int i = a + step·t; … }</c>,
/// with the trip count computed once from start, bound and step (bounds are known on entry). The reverse sweep then
/// runs t backwards and recomputes i like any integer local.
/// </summary>
internal sealed partial class ForwardRowLowering
{
    /// <summary>The lowered loop: <paramref name="loop"/> itself for a unit step, else its trip-number form.</summary>
    private Statement CountedLoop(ForLoop loop, IOperation condition, IOperation syntaxScope)
    {
        CheckLoopBounds(loop, condition);
        if (loop.Step is 1 or -1)
        {
            return loop;
        }

        int trip = FreshLoopVariable(_intInfos[loop.Variable].Name + "Trip", syntaxScope);
        var value = new IntLet(loop.Source, loop.Variable, SteppedValue(loop.Start, loop.Step, new IntVariable(trip)));
        return new ForLoop(loop.Source, trip, new IntConstant(0), CompareOperator.Less, TripCount(loop.Start, loop.Operator, loop.Bound, loop.Step), 1,
            new EquatableArray<Statement>(loop.Body.Prepend(value).ToImmutableArray()));
    }

    /// <summary>
    /// How often <c>for (i = start; i op bound; i += step)</c> runs, as an integer expression: ⌈distance / |step|⌉ for a
    /// strict condition, ⌊distance / |step|⌋ + 1 for an inclusive one, ≤ 0 when it never runs (C#'s division truncates
    /// toward zero, so a negative distance gives at most 0).
    /// </summary>
    private static IntExpr TripCount(IntExpr start, CompareOperator op, IntExpr bound, int step)
    {
        int magnitude = step > 0 ? step : -step;
        IntExpr distance = step > 0 ? new IntBinary(IntOperator.Subtract, bound, start) : new IntBinary(IntOperator.Subtract, start, bound);
        bool inclusive = op is CompareOperator.LessOrEqual or CompareOperator.GreaterOrEqual;
        int rounding = inclusive ? magnitude : magnitude - 1;
        return new IntBinary(IntOperator.Divide, new IntBinary(IntOperator.Add, distance, new IntConstant(rounding)), new IntConstant(magnitude));
    }

    /// <summary><c>start + step · trip</c>.</summary>
    private static IntExpr SteppedValue(IntExpr start, int step, IntExpr trip) =>
        new IntBinary(IntOperator.Add, start, new IntBinary(IntOperator.Multiply, new IntConstant(step), trip));

    /// <summary>True when exactly one side of <paramref name="comparison"/> is the variable, <c>i + k</c>, <c>k + i</c> or <c>i - k</c>.</summary>
    private static bool ComparesVariable(IBinaryOperation comparison, ILocalSymbol variable) =>
        (IsReferenceTo(comparison.LeftOperand, variable) || OffsetOf(comparison.LeftOperand, variable) is not null) !=
        (IsReferenceTo(comparison.RightOperand, variable) || OffsetOf(comparison.RightOperand, variable) is not null);

    /// <summary>A fresh loop variable named after <paramref name="stem"/>, clashing with no name in scope or declared inside <paramref name="syntaxScope"/>.</summary>
    private int FreshLoopVariable(string stem, IOperation syntaxScope)
    {
        var taken = new HashSet<string>(_intInfos.Select(i => i.Name).Concat(_localInfos.Select(l => l.Name)).Concat(_bufferInfos.Select(b => b.Name))
            .Concat(_method.Parameters.Select(p => p.Name))
            .Concat(syntaxScope.Descendants().OfType<IVariableDeclaratorOperation>().Select(d => d.Symbol.Name)), System.StringComparer.Ordinal);
        string name = stem;
        for (int suffix = 2; taken.Contains(name); suffix++)
        {
            name = stem + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        int id = _intInfos.Count;
        _intInfos.Add((name, true));
        _loopVariables.Add(id);
        return id;
    }
}
