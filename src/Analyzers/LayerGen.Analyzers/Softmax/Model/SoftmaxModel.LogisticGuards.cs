using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Guards that keep an <c>e / (1 + e)</c> logistic from overflowing, read conservatively (precision first): a method
/// that compares its exponent's data with anything (<c>if (x &gt; 30) return 1;</c>, <c>x &lt; 30 ? e / (1 + e) : 1</c>,
/// <c>x switch { &gt; 20f =&gt; 1f, … }</c>, <c>if (v &gt; 40) v = 40;</c>), bounds it (<c>Math.Min(40.0, v)</c> in
/// either argument order, <c>Math.Clamp</c>, <c>Math.Max</c>) or tests the exp for infinity
/// (<c>double.IsPositiveInfinity(e)</c>) is taken as guarded, whether or not the guard is tight. The exception is an exp
/// that runs only where its exponent is provably ≥ 0 (<c>x &gt;= 0 ? e / (1 + e) : …</c>, the branch-stable logistic
/// with its branches swapped): there the comparison is what makes it overflow, so it is reported.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when the logistic's <paramref name="exp"/> is guarded as described in the type's remarks.</summary>
    public bool IsGuardedLogisticExp(IOperation exp)
    {
        if (exp is not IInvocationOperation call || ExpOperand(call) is not { } operand)
        {
            return false;
        }

        if (operand.DescendantsAndSelf().Any(IsMinMaxOrClamp))
        {
            return true;
        }

        // The branch-sign question BranchSigns.cs asks for a bounded exponent, asked for the opposite sign.
        if (IsSignProvedByBranch(exp, operand, Sign.NonNegative))
        {
            return false;
        }

        var data = new GuardedData();
        AddGuardTargets(operand, data, steps: 3);
        AddExpResults(call, data.Variables);
        return !data.IsEmpty && GuardCandidates().Any(operation => Guards(operation, data));
    }

    private List<IOperation>? _guardCandidates;

    /// <summary>
    /// The method's comparisons, relational patterns and switches, bounding calls and infinity tests (what
    /// <see cref="Guards"/> can accept), collected in one walk of the method and kept for every logistic exp of it.
    /// </summary>
    private List<IOperation> GuardCandidates() =>
        _guardCandidates ??= _root.DescendantsAndSelf().Where(operation => operation switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual } => true,
            IIsPatternOperation or ISwitchExpressionOperation or ISwitchOperation => true,
            IInvocationOperation invocation => IsMinMaxOrClamp(invocation) || IsInfinityTest(invocation),
            _ => false,
        }).ToList();

    /// <summary>A comparison, relational pattern, bounding call or infinity test of one of <paramref name="data"/>.</summary>
    private static bool Guards(IOperation operation, GuardedData data) => operation switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual } comparison =>
            NamesData(comparison.LeftOperand, data) || NamesData(comparison.RightOperand, data),
        IIsPatternOperation pattern => NamesData(pattern.Value, data) && HasRelationalPattern(pattern.Pattern),
        ISwitchExpressionOperation switchExpression => NamesData(switchExpression.Value, data) && switchExpression.Arms.Any(arm => HasRelationalPattern(arm.Pattern)),
        ISwitchOperation switchStatement => NamesData(switchStatement.Value, data)
            && switchStatement.Cases.Any(section => section.Clauses.OfType<IPatternCaseClauseOperation>().Any(clause => HasRelationalPattern(clause.Pattern))),
        IInvocationOperation invocation when IsMinMaxOrClamp(invocation) || IsInfinityTest(invocation) =>
            invocation.Arguments.Any(argument => NamesData(argument.Value, data)),
        _ => false,
    };

    private static bool HasRelationalPattern(IOperation pattern) => pattern.DescendantsAndSelf().OfType<IRelationalPatternOperation>().Any();

    /// <summary>
    /// <c>Min</c>, <c>Max</c> or <c>Clamp</c> of any math type (Math, MathF, generic math, a user's helper class), by any
    /// bound (<c>Math.Clamp(v, -limit, limit)</c> too): the bounding calls this file takes as guards. Not
    /// <see cref="IsBoundingCall(IInvocationOperation)"/> (BoundedHelperReturns.cs), a constant clamp or bounded function
    /// (<c>Tanh</c>) that makes a helper's return a bound: a data bound is still a guard here, and <c>Math.Tanh(v)</c>
    /// computed beside the exp guards nothing. (The guard candidates called that one, as an overload of one name, until
    /// the name was split.)
    /// </summary>
    private static bool IsMinMaxOrClamp(IOperation operation) =>
        operation is IInvocationOperation { TargetMethod.Name: "Min" or "Max" or "Clamp", Arguments.Length: >= 2 };

    private static bool IsInfinityTest(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name is "IsInfinity" or "IsPositiveInfinity" or "IsFinite" or "IsNaN";

    /// <summary>
    /// What makes up <paramref name="value"/>: locals, parameters and fields, and the elements it reads (as written:
    /// <c>x[i]</c>, not <c>x[i - 1]</c>), through arithmetic and locals written once; not the indices of those elements
    /// (a loop counter compared with a length guards nothing).
    /// </summary>
    private void AddGuardTargets(IOperation? value, GuardedData data, int steps)
    {
        switch (Unwrap(value))
        {
            case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }:
                data.Elements.Add(Compact(Unwrap(value)!.Syntax.ToString()));
                break;
            case IBinaryOperation binary:
                AddGuardTargets(binary.LeftOperand, data, steps);
                AddGuardTargets(binary.RightOperand, data, steps);
                break;
            case IUnaryOperation unary:
                AddGuardTargets(unary.Operand, data, steps);
                break;
            case { } reference when VariableOf(reference) is { } symbol && data.Variables.Add(symbol):
                if (steps > 0 && symbol is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } written)
                {
                    AddGuardTargets(written, data, steps - 1);
                }

                break;
        }
    }

    /// <summary>The local the exp's value is stored in (<c>var e = Math.Exp(v);</c>, <c>e = Math.Exp(v);</c>), tested for infinity by some guards.</summary>
    private static void AddExpResults(IOperation exp, HashSet<ISymbol> data)
    {
        var value = UnwrapUp(exp);

        switch (value.Parent)
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                data.Add(declarator.Symbol);
                break;
            case ISimpleAssignmentOperation assignment when assignment.Value == value && VariableOf(assignment.Target) is ILocalSymbol local:
                data.Add(local);
                break;
        }
    }

    /// <summary>True when <paramref name="operand"/> is one of <paramref name="data"/>, also under arithmetic.</summary>
    private static bool NamesData(IOperation? operand, GuardedData data) => Unwrap(operand) switch
    {
        IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } => data.Elements.Contains(Compact(Unwrap(operand)!.Syntax.ToString())),
        IBinaryOperation binary => NamesData(binary.LeftOperand, data) || NamesData(binary.RightOperand, data),
        IUnaryOperation unary => NamesData(unary.Operand, data),
        { } reference => VariableOf(reference) is { } symbol && data.Variables.Contains(symbol),
        null => false,
    };

    /// <summary>The variables and elements (as written) an exponent is made of.</summary>
    private sealed class GuardedData
    {
        public HashSet<ISymbol> Variables { get; } = new(SymbolEqualityComparer.Default);

        public HashSet<string> Elements { get; } = new();

        public bool IsEmpty => Variables.Count == 0 && Elements.Count == 0;
    }
}
