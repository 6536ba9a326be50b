using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Exponents bounded by the value range of integers: exp of quantised logits with no maximum subtracted,
/// <c>MathF.Exp(q[i] * scale)</c> with <c>sbyte[] q</c> and a scale the method knows. An integral value lies in its type's
/// range (<c>sbyte</c> [−128, 127], <c>byte</c> [0, 255], <c>short</c>, <c>ushort</c>, <c>int</c>, …; <c>char</c> is a
/// character code, no number the model reads as a logit: not used), whatever data it holds; arithmetic with known
/// constants (literals, <c>const</c>s, locals every write of which is such a value, a switch expression or conditional
/// all of whose values are, <see cref="ProvenConstant"/>) keeps a bound by interval arithmetic. Unlike a clamp or a
/// bounded function (BoundedValues.cs), this bound is no marker among the value's shifts: it is read from the exponent's
/// own operations when the rule asks, so a subtracted quantised-domain maximum (<c>scale * (q - qMax)</c>) stays the
/// maximum shift it is. The exp is bounded when <c>n · e^s</c> and <c>e^−s</c> stay finite and non-zero in its type for
/// any array length (the cosine limits, CosineScales.cs: |s| ≤ 64 in float, ≤ 680 in double), so neither an overflow
/// nor a row summing to 0 can happen. A scale or zero point the method does not know (a parameter), or a bound past
/// the limit (<c>sbyte · 2f</c>: 256 &gt; 64 in float) bounds nothing: the exp is judged as raw logits are.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many operations, locals and parameters deep an exponent's range is followed.</summary>
    private const int MaxRangeDepth = 16;

    /// <summary>How many operations one exponent's range reads at most (locals written from each other may share reads).</summary>
    private const int MaxRangeSteps = 512;

    /// <summary>Operations read so far for the exponent being bounded (see <see cref="MaxRangeSteps"/>).</summary>
    private int _rangeSteps;

    /// <summary>
    /// True when <paramref name="exp"/>'s exponent provably lies in an interval for which the exp cannot overflow and a
    /// row of such exps cannot sum to 0 in the exp's type (see the type's summary).
    /// </summary>
    public bool IsRangeBoundedExp(IOperation exp)
    {
        _rangeSteps = 0;
        if (exp is not IInvocationOperation call || ExpOperand(call) is not { } exponent
            || RangeOf(exponent, depth: 0, visiting: new HashSet<ISymbol>(SymbolEqualityComparer.Default)) is not { } range)
        {
            return false;
        }

        return ExponentFitsExpType(call, range.Magnitude);
    }

    /// <summary>The interval <paramref name="operation"/>'s value provably lies in, or null when none is known.</summary>
    private ValueRange? RangeOf(IOperation operation, int depth, HashSet<ISymbol> visiting)
    {
        if (depth > MaxRangeDepth || ++_rangeSteps > MaxRangeSteps)
        {
            return null;
        }

        if (NumberOf(operation.ConstantValue) is { } literal)
        {
            return new ValueRange(literal, literal);
        }

        // Arithmetic first (tighter), then the range of the value's own integral type, which holds whatever it computes.
        var range = ComposedRange(operation, depth + 1, visiting);
        var typeRange = IntegralTypeRange(operation.Type);
        return range is { } known && typeRange is { } limit ? known.Within(limit) : range ?? typeRange;
    }

    private ValueRange? ComposedRange(IOperation operation, int depth, HashSet<ISymbol> visiting)
    {
        switch (operation)
        {
            case IConversionOperation { OperatorMethod: not null } or IBinaryOperation { OperatorMethod: not null } or IUnaryOperation { OperatorMethod: not null }:
                // A user-defined operator may compute anything.
                return null;
            case IConversionOperation conversion:
                return RangeOf(conversion.Operand, depth, visiting);
            case IParenthesizedOperation parenthesized:
                return RangeOf(parenthesized.Operand, depth, visiting);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                return RangeOf(plus.Operand, depth, visiting);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus:
                return RangeOf(minus.Operand, depth, visiting)?.Negated();
            case IBinaryOperation binary:
                return BinaryRange(binary, depth, visiting);
            case ISwitchExpressionOperation choice:
                // Every arm that yields a value (a throwing arm yields none) lies in the union of the arms' ranges.
                return UnionOfRanges(Arms(choice), depth, visiting);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return UnionOfRanges(new[] { conditional.WhenTrue, whenFalse }, depth, visiting);
            case IParameterReferenceOperation when CallerOperand(operation) is var passed && passed != operation:
                // A helper's parameter evaluated for its call: the caller's argument.
                return RangeOf(passed, depth, visiting);
            case ILocalReferenceOperation { Local: var local }:
                return LocalRange(local, depth, visiting);
            default:
                return ProvenConstant(operation) is { } constant ? new ValueRange(constant, constant) : null;
        }
    }

    /// <summary>The values of a switch expression's arms, without those that throw.</summary>
    private static IEnumerable<IOperation> Arms(ISwitchExpressionOperation choice)
    {
        foreach (var arm in choice.Arms)
        {
            var value = arm.Value;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (value is not IThrowOperation)
            {
                yield return arm.Value;
            }
        }
    }

    /// <summary>The hull of the ranges of <paramref name="values"/>; null when one has none or there is none.</summary>
    private ValueRange? UnionOfRanges(IEnumerable<IOperation> values, int depth, HashSet<ISymbol> visiting)
    {
        ValueRange? union = null;
        foreach (var value in values)
        {
            if (RangeOf(value, depth, visiting) is not { } range)
            {
                return null;
            }

            union = union is { } known ? known.Union(range) : range;
        }

        return union;
    }

    /// <summary>
    /// A local's range: the hull of the ranges of everything written to it, when every write is its declaration or a
    /// plain assignment of a value (no compound update, increment, <c>ref</c>/<c>out</c> argument or ref alias).
    /// </summary>
    private ValueRange? LocalRange(ILocalSymbol local, int depth, HashSet<ISymbol> visiting)
    {
        if (!_writesCollected || local.RefKind != RefKind.None || !visiting.Add(local))
        {
            return null;
        }

        try
        {
            var writes = WritesOf(local);
            var values = new List<IOperation>(writes.Count);
            foreach (var write in writes)
            {
                if (write.Value is null || write.Operation is not (IVariableDeclaratorOperation or ISimpleAssignmentOperation { IsRef: false }))
                {
                    return null;
                }

                values.Add(write.Value);
            }

            return UnionOfRanges(values, depth, visiting);
        }
        finally
        {
            visiting.Remove(local);
        }
    }

    /// <summary>Interval arithmetic of a sum, difference, product or quotient; a divisor whose range holds 0 bounds nothing.</summary>
    private ValueRange? BinaryRange(IBinaryOperation binary, int depth, HashSet<ISymbol> visiting)
    {
        if (binary.OperatorKind is not (BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide)
            || RangeOf(binary.LeftOperand, depth, visiting) is not { } left || RangeOf(binary.RightOperand, depth, visiting) is not { } right)
        {
            return null;
        }

        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.Add:
                return new ValueRange(left.Low + right.Low, left.High + right.High);
            case BinaryOperatorKind.Subtract:
                return new ValueRange(left.Low - right.High, left.High - right.Low);
            case BinaryOperatorKind.Multiply:
                return left.Times(right);
            default:
                if (right.Low <= 0 && right.High >= 0)
                {
                    return null;
                }

                var quotient = left.Times(new ValueRange(1 / right.High, 1 / right.Low));

                // Integer division truncates towards 0: the quotient lies between 0 and the real one.
                return IntegralTypeRange(binary.Type) is null ? quotient : quotient.Union(new ValueRange(0, 0));
        }
    }

    /// <summary>The range of an integral type (not <c>char</c>, not <c>bool</c>), or null for any other type.</summary>
    private static ValueRange? IntegralTypeRange(ITypeSymbol? type) =>
        type?.SpecialType switch
        {
            SpecialType.System_SByte => new ValueRange(sbyte.MinValue, sbyte.MaxValue),
            SpecialType.System_Byte => new ValueRange(byte.MinValue, byte.MaxValue),
            SpecialType.System_Int16 => new ValueRange(short.MinValue, short.MaxValue),
            SpecialType.System_UInt16 => new ValueRange(ushort.MinValue, ushort.MaxValue),
            SpecialType.System_Int32 => new ValueRange(int.MinValue, int.MaxValue),
            SpecialType.System_UInt32 => new ValueRange(uint.MinValue, uint.MaxValue),
            SpecialType.System_Int64 => new ValueRange(long.MinValue, long.MaxValue),
            SpecialType.System_UInt64 => new ValueRange(ulong.MinValue, ulong.MaxValue),
            _ => null,
        };

    /// <summary>A closed interval [<see cref="Low"/>, <see cref="High"/>] of reals.</summary>
    private readonly struct ValueRange
    {
        public ValueRange(double low, double high)
        {
            Low = low;
            High = high;
        }

        public double Low { get; }

        public double High { get; }

        /// <summary>The largest absolute value in the interval.</summary>
        public double Magnitude => System.Math.Max(System.Math.Abs(Low), System.Math.Abs(High));

        public ValueRange Negated() => new(-High, -Low);

        public ValueRange Union(ValueRange other) => new(System.Math.Min(Low, other.Low), System.Math.Max(High, other.High));

        /// <summary>
        /// This interval when it lies inside <paramref name="limit"/> (a type's range), else the limit: integer
        /// arithmetic that leaves its type's range wraps to somewhere inside it.
        /// </summary>
        public ValueRange Within(ValueRange limit) => Low >= limit.Low && High <= limit.High ? this : limit;

        public ValueRange Times(ValueRange other)
        {
            var a = Low * other.Low;
            var b = Low * other.High;
            var c = High * other.Low;
            var d = High * other.High;
            return new ValueRange(System.Math.Min(System.Math.Min(a, b), System.Math.Min(c, d)), System.Math.Max(System.Math.Max(a, b), System.Math.Max(c, d)));
        }
    }
}
