using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Sign analysis: which values are provably ≥ 0 or ≤ 0, however they are written. Squares (<c>d * d</c>,
/// <c>Pow(d, 2)</c>), <c>Abs</c>, <c>Sqrt</c>, <c>Exp</c>, distances and norms are ≥ 0; negation flips a sign; a
/// product or quotient has the sign its factors give (equal factors pair up into squares); a sum of terms of one sign
/// keeps it; <c>a − b</c> with <c>a ≥ 0 ≥ b</c> is ≥ 0; <c>Min</c>/<c>Max</c>/<c>Clamp</c> by their bounds. A local
/// has a sign when every write of it gives that sign, assuming it for the local's own earlier value (an accumulator
/// <c>dist = 0; dist += diff * diff</c> is ≥ 0); an element has one when every write of its buffer, a fresh array, gives
/// it; <c>log c</c> of a constant has the sign of <c>c − 1</c>. In a product a scalar that reads no data is taken as a positive
/// scale (<c>SoftmaxModel.PositiveScales.cs</c>), as in docs/rules/LG0003.md; the same scalar alone has no sign.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxSignDepth = 8;

    /// <summary>Steps one sign query may take: each local is tried under two hypotheses, so deep chains of locals could branch.</summary>
    private const int SignBudget = 4000;

    private int _signSteps;

    /// <summary>What is known of a value's sign.</summary>
    internal enum Sign
    {
        /// <summary>Nothing provable.</summary>
        Unknown,

        /// <summary>Provably ≥ 0.</summary>
        NonNegative,

        /// <summary>Provably ≤ 0.</summary>
        NonPositive,
    }

    private readonly Dictionary<ISymbol, Sign> _assumedSigns = new(SymbolEqualityComparer.Default);

    /// <summary>The provable sign of <paramref name="operation"/>.</summary>
    public Sign SignOf(IOperation? operation)
    {
        _signSteps = 0;
        return SignOf(operation, depth: 0);
    }

    private Sign SignOf(IOperation? operation, int depth)
    {
        operation = Unwrap(operation);
        if (operation is null || depth > MaxSignDepth || ++_signSteps > SignBudget)
        {
            return Sign.Unknown;
        }

        if (operation.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return AsDouble(constant) switch
            {
                >= 0 => Sign.NonNegative,
                < 0 => Sign.NonPositive,
                _ => Sign.Unknown,
            };
        }

        switch (operation)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } negation:
                return Flip(SignOf(negation.Operand, depth + 1));
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                return SignOf(plus.Operand, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide }:
                return ProductSign(operation, depth);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                return Same(SignOf(add.LeftOperand, depth + 1), SignOf(add.RightOperand, depth + 1));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract:
                return Same(SignOf(subtract.LeftOperand, depth + 1), Flip(SignOf(subtract.RightOperand, depth + 1)));
            case IConditionalOperation { WhenFalse: { } whenFalse } ternary:
                return Same(SignOf(ternary.WhenTrue, depth + 1), SignOf(whenFalse, depth + 1));
            case IInvocationOperation call:
                return CallSign(call, depth);
            case ILocalReferenceOperation { Local: var local }:
                return VariableSign(local, depth);
            case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }:
                return ElementSign(operation, depth);
            default:
                return Sign.Unknown;
        }
    }

    private static Sign Flip(Sign sign) => sign switch
    {
        Sign.NonNegative => Sign.NonPositive,
        Sign.NonPositive => Sign.NonNegative,
        _ => Sign.Unknown,
    };

    private static Sign Same(Sign first, Sign second) => first == second ? first : Sign.Unknown;

    /// <summary>
    /// A product or quotient: its factors (through negations), equal factors paired into squares, the rest each of
    /// known sign or a positive scale.
    /// </summary>
    private Sign ProductSign(IOperation product, int depth)
    {
        var factors = new List<IOperation>();
        var negative = false;
        CollectFactors(product, factors, ref negative);
        var unpaired = new List<IOperation>();
        foreach (var factor in factors)
        {
            var match = unpaired.FindIndex(other => SameValue(other, factor));
            if (match >= 0)
            {
                unpaired.RemoveAt(match);
            }
            else
            {
                unpaired.Add(factor);
            }
        }

        foreach (var factor in unpaired)
        {
            switch (SignOf(factor, depth + 1))
            {
                case Sign.NonPositive:
                    negative = !negative;
                    break;
                case Sign.Unknown when !IsScale(factor, depth + 1):
                    return Sign.Unknown;
            }
        }

        return negative ? Sign.NonPositive : Sign.NonNegative;
    }

    private static void CollectFactors(IOperation operation, List<IOperation> factors, ref bool negative)
    {
        operation = Unwrap(operation)!;
        switch (operation)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, Operand: var negated }:
                negative = !negative;
                CollectFactors(negated, factors, ref negative);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } product:
                CollectFactors(product.LeftOperand, factors, ref negative);
                CollectFactors(product.RightOperand, factors, ref negative);
                break;
            default:
                factors.Add(operation);
                break;
        }
    }

    /// <summary>Sign of a math call: <c>Abs</c>, <c>Sqrt</c>, <c>Exp</c>, even powers, <c>Min</c>, <c>Max</c>, <c>Clamp</c>, vector lengths and distances.</summary>
    private Sign CallSign(IInvocationOperation call, int depth)
    {
        var method = call.TargetMethod;
        IOperation Argument(int index) => call.Arguments[index].Value;
        if (call.Arguments.Length == 1 && (Symbols.IsScalarFunction(method, "Abs") || Symbols.IsScalarFunction(method, "Sqrt")
            || Symbols.IsExp(method) || Symbols.IsScalarFunction(method, "Cosh")))
        {
            return Sign.NonNegative;
        }

        // log c of a constant: ≥ 0 from c ≥ 1 (Math.Log(2), a half-life's ln 2), ≤ 0 for 0 < c ≤ 1 (Math.Log(0.5)).
        if (call.Arguments.Length == 1 && Symbols.IsLog(method) && Unwrap(Argument(0))!.ConstantValue is { HasValue: true, Value: { } logged }
            && AsDouble(logged) is { } argument && argument > 0)
        {
            return argument >= 1 ? Sign.NonNegative : Sign.NonPositive;
        }

        if (call.Arguments.Length == 2 && Symbols.IsPow(method))
        {
            return SignOf(Argument(0), depth + 1) == Sign.NonNegative
                || Unwrap(Argument(1))!.ConstantValue is { HasValue: true, Value: { } power } && AsDouble(power) is { } exponent && exponent % 2 == 0
                ? Sign.NonNegative
                : Sign.Unknown;
        }

        if (call.Arguments.Length == 2 && (Symbols.IsScalarFunction(method, "Max") || Symbols.IsScalarFunction(method, "Min")))
        {
            var first = SignOf(Argument(0), depth + 1);
            var second = SignOf(Argument(1), depth + 1);

            // max(a, b) ≥ a: one non-negative argument suffices; min(a, b) ≤ a: one non-positive argument suffices.
            var oneSuffices = method.Name == "Max" ? Sign.NonNegative : Sign.NonPositive;
            return first == oneSuffices || second == oneSuffices ? oneSuffices : Same(first, second);
        }

        if (call.Arguments.Length == 3 && Symbols.IsScalarFunction(method, "Clamp"))
        {
            return SignOf(Argument(1), depth + 1) == Sign.NonNegative ? Sign.NonNegative
                : SignOf(Argument(2), depth + 1) == Sign.NonPositive ? Sign.NonPositive
                : SignOf(Argument(0), depth + 1);
        }

        // System.Numerics vectors: v.Length(), v.LengthSquared(), Vector3.Distance(a, b), Vector3.DistanceSquared(a, b).
        return method.Name is "Length" or "LengthSquared" or "Distance" or "DistanceSquared" && method.ContainingType is { } type
            && type.ContainingNamespace?.ToDisplayString() == "System.Numerics" && type.Name.StartsWith("Vector", System.StringComparison.Ordinal)
            ? Sign.NonNegative
            : Sign.Unknown;
    }

    /// <summary>
    /// A local's sign: the sign every write gives it, with its own earlier value assumed to have that sign (induction
    /// over its writes: <c>s = 0; s += d * d</c>).
    /// </summary>
    private Sign VariableSign(ILocalSymbol local, int depth)
    {
        if (_assumedSigns.TryGetValue(local, out var assumed))
        {
            return assumed;
        }

        var writes = WritesOf(local);
        if (writes.Count == 0 || ForEachOf(local) is not null)
        {
            return Sign.Unknown;
        }

        return Inductive(local, writes.Select(write => (write.Operation, write.Value)), depth);
    }

    /// <summary>
    /// The sign every write of <paramref name="symbol"/> leaves, each checked with the symbol's earlier value assumed
    /// to have that sign (induction over the writes: the first write has no earlier value, each later one keeps it).
    /// </summary>
    private Sign Inductive(ISymbol symbol, IEnumerable<(IOperation Operation, IOperation? Value)> writes, int depth)
    {
        foreach (var hypothesis in new[] { Sign.NonNegative, Sign.NonPositive })
        {
            _assumedSigns[symbol] = hypothesis;
            try
            {
                if (writes.All(write => WrittenSign(write.Operation, write.Value, hypothesis, depth) == hypothesis))
                {
                    return hypothesis;
                }
            }
            finally
            {
                _assumedSigns.Remove(symbol);
            }
        }

        return Sign.Unknown;
    }

    /// <summary>The sign a write leaves in its target, whose earlier value has the sign <paramref name="before"/>.</summary>
    private Sign WrittenSign(IOperation write, IOperation? value, Sign before, int depth)
    {
        switch (write)
        {
            case IVariableDeclaratorOperation or ISimpleAssignmentOperation:
                return SignOf(value, depth + 1);
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } add:
                return Same(before, SignOf(add.Value, depth + 1));
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract:
                return Same(before, Flip(SignOf(subtract.Value, depth + 1)));
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } scale:
                var factor = SignOf(scale.Value, depth + 1);
                return factor == Sign.NonNegative ? before : factor == Sign.NonPositive ? Flip(before) : Sign.Unknown;
            default:
                return Sign.Unknown;
        }
    }

    /// <summary>
    /// An element of a buffer allocated here (<c>new double[n]</c>, zeros) whose every element write gives one sign
    /// (a distance row <c>dist[j] = Math.Sqrt(s)</c>).
    /// </summary>
    private Sign ElementSign(IOperation element, int depth)
    {
        if (RootOf(element) is not ILocalSymbol root)
        {
            return Sign.Unknown;
        }

        if (_assumedSigns.TryGetValue(root, out var assumed))
        {
            return assumed;
        }

        var allocations = WritesOf(root);
        if (allocations.Count == 0 || !allocations.All(write => Unwrap(write.Value) is IArrayCreationOperation { Initializer: null }) || Escapes(root))
        {
            return Sign.Unknown;
        }

        var writes = ElementWritesInto(root).ToList();
        if (writes.Count == 0)
        {
            return Sign.Unknown;
        }

        return Inductive(root, writes.Select(write => (write.Operation, write.Value)), depth);
    }

    /// <summary>True when the array is read other than element by element or by its length (passed on, aliased, sliced): others may write it.</summary>
    private bool Escapes(ILocalSymbol array) =>
        _operations.OfType<ILocalReferenceOperation>().Any(reference => SymbolEqualityComparer.Default.Equals(reference.Local, array)
            && reference.Parent is not (IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.Name: "Length" })
            && !(reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference));
}
