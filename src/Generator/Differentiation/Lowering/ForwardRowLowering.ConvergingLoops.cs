// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// A <c>while</c> loop (or a <c>for</c> loop with two counters in its header) whose condition compares integers that its body steps by constants, two or more of them
/// (<c>while (left &lt; right) { swap; left++; right--; }</c>, two indices converging on the middle): the gap between
/// the two sides moves by the same amount each iteration, so the trip count is known when the loop starts. The loop is
/// lowered as a trip-counted for loop (the count computed on entry into a local of its own) whose body keeps the steps
/// as reassigned integers; when the counters are set from data, the count is data and the tape sizing says so (LG1118).
/// </summary>
internal sealed partial class ForwardRowLowering
{
    /// <summary>The int locals a loop's condition reads that its body (and a for loop's incrementors) assign, when there are two or more; else null.</summary>
    private static List<ILocalSymbol>? ConvergingCounters(IOperation? condition, IReadOnlyList<IOperation> stepped)
    {
        if (condition is null || stepped.Count == 0)
        {
            return null;
        }

        var assigned = new HashSet<ILocalSymbol>(stepped.SelectMany(s => s.DescendantsAndSelf()).Select(AssignedLocal).OfType<ILocalSymbol>(), SymbolEqualityComparer.Default);
        List<ILocalSymbol> counters = condition.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Select(r => r.Local)
            .Where(l => IsInteger(l.Type) && assigned.Contains(l)).Distinct<ILocalSymbol>(SymbolEqualityComparer.Default).ToList();
        return counters.Count >= 2 ? counters : null;
    }

    private static ILocalSymbol? AssignedLocal(IOperation operation) => operation switch
    {
        ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local,
        ICompoundAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local,
        IIncrementOrDecrementOperation { Target: ILocalReferenceOperation local } => local.Local,
        _ => null,
    };

    /// <summary>Lowers a converging while loop (see the class comment); false (nothing reported) when it is not one.</summary>
    private bool TryLowerConvergingWhile(IWhileLoopOperation loop, List<Statement> output) =>
        loop.ConditionIsTop && !loop.ConditionIsUntil && loop.Body is not null &&
        TryLowerConverging(loop, loop.Condition, StatementsOf(loop.Body), output);

    /// <summary>
    /// <c>for (int i = 0, j = n - 1; i &lt; j; i++, j--)</c>: the header's counters are integer locals declared before the
    /// loop, its incrementors the last statements of the body, and the loop a converging one (see the class comment).
    /// False (nothing reported, nothing declared) when fewer than two counters of the condition are stepped.
    /// </summary>
    private bool TryLowerConvergingFor(IForLoopOperation loop, List<Statement> output)
    {
        List<IOperation> body = [.. StatementsOf(loop.Body), .. loop.AtLoopBottom];
        if (loop.Before is not [IVariableDeclarationGroupOperation group] || ConvergingCounters(loop.Condition, body) is null ||
            loop.Body.Descendants().Any(o => o is IBranchOperation { BranchKind: BranchKind.Continue }))
        {
            return false;
        }

        foreach (IVariableDeclaratorOperation declarator in group.Declarations.SelectMany(d => d.Declarators))
        {
            LowerDeclarator(declarator, group, output);
        }

        return TryLowerConverging(loop, loop.Condition, body, output);
    }

    /// <summary>Lowers a loop over converging counters stepped by the statements <paramref name="body"/> (see the class comment); false when it is not one.</summary>
    private bool TryLowerConverging(ILoopOperation loop, IOperation? loopCondition, List<IOperation> body, List<Statement> output)
    {
        if (ConvergingCounters(loopCondition, body) is not { } counters ||
            loopCondition is not IBinaryOperation { OperatorMethod: null } condition || CompareOperatorOf(condition.OperatorKind) is not { } op ||
            op is CompareOperator.Equal or CompareOperator.NotEqual || !IsInteger(condition.LeftOperand.Type) || !IsInteger(condition.RightOperand.Type))
        {
            return false;
        }

        string header = Header(loop.Syntax, loop.Body);

        // Each counter moves only by constant steps that are statements of the body itself (not in a branch).
        var steps = new Dictionary<ILocalSymbol, int>(SymbolEqualityComparer.Default);
        foreach (ILocalSymbol counter in counters)
        {
            int writes = body.SelectMany(s => s.DescendantsAndSelf()).Count(o => SymbolEqualityComparer.Default.Equals(AssignedLocal(o), counter));
            int[] own = body.Select(s => ConstantStep(s, counter)).OfType<int>().ToArray();
            if (own.Length != writes)
            {
                Report(RuleIdentifiers.UnsupportedLoop, condition, "the loop '" + header + "', whose body changes '" + counter.Name + "' other than by a constant step of its own statement",
                    "a loop over converging counters steps each by a constant (left++; right--;) directly in its body or its for header; " + Supported.Loops);
                return true;
            }

            steps[counter] = own.Sum();
        }

        if (body.Any(s => s.DescendantsAndSelf().Any(o => o is IBranchOperation)))
        {
            Report(RuleIdentifiers.UnsupportedExit, condition, "'continue' or 'break' in the loop '" + header + "' over converging counters", Supported.Exits);
            return true;
        }

        // gap = left − right moves by delta each iteration: the loop runs while gap op 0.
        Dictionary<ILocalSymbol, int>? left = Linear(condition.LeftOperand, counters), right = Linear(condition.RightOperand, counters);
        if (left is null || right is null)
        {
            return false;
        }

        int delta = counters.Sum(c => ((left.TryGetValue(c, out int l) ? l : 0) - (right.TryGetValue(c, out int r) ? r : 0)) * steps[c]);
        bool towardEnd = op is CompareOperator.Less or CompareOperator.LessOrEqual ? delta > 0 : delta < 0;
        if (!towardEnd)
        {
            Report(RuleIdentifiers.UnsupportedLoop, condition, "the loop condition '" + Text(condition.Syntax) + "', which its steps do not move toward its end", Supported.Loops);
            return true;
        }

        IntExpr? leftValue = Int(condition.LeftOperand), rightValue = Int(condition.RightOperand);
        if (leftValue is null || rightValue is null)
        {
            return true;
        }

        int trips = NewMutableInt(string.Join(string.Empty, counters.Select(c => c.Name)) + "Trips");
        IntExpr gap = new IntBinary(IntOperator.Subtract, leftValue, rightValue);
        output.Add(new IntAssign(header + " (its trip count, from the counters on entry)", trips, TripCount(gap, op, new IntConstant(0), delta), IsDeclaration: true));
        int trip = FreshLoopVariable("trip", loop);
        var lowered = new List<Statement>();
        LowerLoopBody(body, loop.ContinueLabel, lowered);
        output.Add(CountedLoop(new ForLoop(header, trip, new IntConstant(0), CompareOperator.Less, new IntMutable(trips), 1, new EquatableArray<Statement>(lowered.ToImmutableArray())), condition, loop));
        return true;
    }

    /// <summary>The coefficients of <paramref name="counters"/> in <paramref name="operation"/> when it is linear in them (+, −, × constant); else null.</summary>
    private static Dictionary<ILocalSymbol, int>? Linear(IOperation operation, List<ILocalSymbol> counters)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        if (!operation.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(r => counters.Contains(r.Local, SymbolEqualityComparer.Default)))
        {
            return new Dictionary<ILocalSymbol, int>(SymbolEqualityComparer.Default);
        }

        switch (operation)
        {
            case ILocalReferenceOperation reference:
                return new Dictionary<ILocalSymbol, int>(SymbolEqualityComparer.Default) { [reference.Local] = 1 };
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, OperatorMethod: null } minus:
                return Scale(Linear(minus.Operand, counters), -1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract, OperatorMethod: null } sum:
                Dictionary<ILocalSymbol, int>? a = Linear(sum.LeftOperand, counters), b = Linear(sum.RightOperand, counters);
                if (a is null || b is null)
                {
                    return null;
                }

                foreach (KeyValuePair<ILocalSymbol, int> term in b)
                {
                    a[term.Key] = (a.TryGetValue(term.Key, out int existing) ? existing : 0) + (sum.OperatorKind == BinaryOperatorKind.Add ? term.Value : -term.Value);
                }

                return a;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, OperatorMethod: null } product:
                if (product.LeftOperand.ConstantValue is { HasValue: true, Value: int leftFactor })
                {
                    return Scale(Linear(product.RightOperand, counters), leftFactor);
                }

                return product.RightOperand.ConstantValue is { HasValue: true, Value: int rightFactor } ? Scale(Linear(product.LeftOperand, counters), rightFactor) : null;
            default:
                return null;
        }
    }

    private static Dictionary<ILocalSymbol, int>? Scale(Dictionary<ILocalSymbol, int>? terms, int factor)
    {
        if (terms is null)
        {
            return null;
        }

        foreach (ILocalSymbol key in terms.Keys.ToList())
        {
            terms[key] *= factor;
        }

        return terms;
    }
}
