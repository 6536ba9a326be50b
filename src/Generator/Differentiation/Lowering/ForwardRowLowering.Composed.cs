// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Generator.Model;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Math functions written exactly with the differentiated ones, so they need no derivative rule of their own and the
/// generated forward computes bit for bit what ForwardRow computes: Clamp(v, lo, hi) = Min(Max(v, lo), hi) (its
/// derivative is that of the branch taken, as for Max and Min) and Sign(v) (an int, converted to a real) =
/// v &gt; 0 ? 1 : v &lt; 0 ? -1 : 0 (derivative 0). FusedMultiplyAdd would round differently when rewritten, so it has
/// a derivative rule of its own, as have Log10, Log2, ExpM1 and the like. ScaleB(v, n) = v · Pow(2, n) and
/// Round(v, digits) = |v| &lt; limit ? Round(v · 10^digits) / 10^digits : v (what Math.Round(double, int) and
/// MathF.Round(float, int) compute: limit 1e16 and 1e8) take an int argument.
/// </summary>
internal sealed partial class ForwardRowLowering
{
    private static readonly HashSet<string> ComposedFunctions = new(StringComparer.Ordinal) { "Clamp" };

    private EquatableArray<RealExpr>? LowerArguments(IInvocationOperation invocation, RealType type)
    {
        var arguments = ImmutableArray.CreateBuilder<RealExpr>(invocation.Arguments.Length);
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (Real(argument.Value) is not { } value)
            {
                return null;
            }

            arguments.Add(Coerce(value, type));
        }

        return new EquatableArray<RealExpr>(arguments.MoveToImmutable());
    }

    /// <summary>Stand-in arguments that ask <see cref="Composed"/> whether it knows a name and arity.</summary>
    private static EquatableArray<RealExpr> Placeholders(int count, RealType type) =>
        new(Enumerable.Repeat<RealExpr>(new RealConstant(type, 0), count).ToImmutableArray());

    private static RealExpr? Composed(string name, EquatableArray<RealExpr> a, RealType type)
    {
        MathCall Call(MathFunction function, params RealExpr[] arguments) => new(type, function, new EquatableArray<RealExpr>(arguments.ToImmutableArray()));
        return (name, a.Length) switch
        {
            ("Clamp", 3) => Call(MathFunction.Min, Call(MathFunction.Max, a[0], a[1]), a[2]),
            _ => null,
        };
    }

    /// <summary>
    /// <c>ScaleB(v, n)</c> as <c>v · Pow(2, n)</c> (exact while the result is a normal number) and <c>Round(v, digits)</c>
    /// with constant digits as .NET computes it: below the limit where every value is an integer multiple of 10^-digits,
    /// <c>Round(v · 10^digits) / 10^digits</c> (derivative 0), above it <c>v</c> itself (derivative 1).
    /// </summary>
    private RealExpr? WithIntegerArgument(IInvocationOperation invocation, RealType type)
    {
        IOperation count = invocation.Arguments[1].Value;
        if (Real(invocation.Arguments[0].Value) is not { } value || Int(count) is not { } integer)
        {
            return null;
        }

        value = Coerce(value, type);
        if (invocation.TargetMethod.Name == "ScaleB")
        {
            var power = new MathCall(type, MathFunction.Pow, new EquatableArray<RealExpr>(ImmutableArray.Create<RealExpr>(new RealConstant(type, 2), new IntToReal(type, integer))));
            return new RealBinary(type, RealOperator.Multiply, value, power);
        }

        int maximum = type == RealType.Float ? 6 : 15;
        if (ConstantValue(integer) is not { } digits || digits < 0 || digits > maximum)
        {
            Report(Analyzers.RuleIdentifiers.UnsupportedCall, count, "Round with the digits '" + Text(count.Syntax) + "'",
                "Round(v, digits) is supported with digits a constant from 0 to " + maximum + "; " + Supported.Functions);
            return null;
        }

        double scale = 1;
        for (int i = 0; i < digits; i++)
        {
            scale *= 10; // exact: 10^15 < 2^53
        }

        var factor = new RealConstant(type, scale);
        var scaled = new MathCall(type, MathFunction.Round, new EquatableArray<RealExpr>(ImmutableArray.Create<RealExpr>(new RealBinary(type, RealOperator.Multiply, value, factor))));
        var small = new RealCompare(CompareOperator.Less, new MathCall(type, MathFunction.Abs, new EquatableArray<RealExpr>(ImmutableArray.Create(value))),
            new RealConstant(type, type == RealType.Float ? 1e8 : 1e16));
        return new RealChoose(type, small, new RealBinary(type, RealOperator.Divide, scaled, factor), value);
    }

    /// <summary><c>Math.Sign(v)</c> (or <c>MathF</c>, <c>float</c>, <c>double</c>) of a real value.</summary>
    private static bool IsSign(IInvocationOperation invocation) =>
        invocation.TargetMethod is { Name: "Sign", IsStatic: true, Parameters.Length: 1 } sign &&
        sign.ContainingType?.ToDisplayString() is "System.Math" or "System.MathF" or "float" or "double" &&
        RealTypeOf(sign.Parameters[0].Type) is not null;

    private static RealExpr Sign(RealExpr value, RealType type)
    {
        var zero = new RealConstant(value.Type, 0);
        return new RealChoose(type, new RealCompare(CompareOperator.Greater, value, zero), new RealConstant(type, 1),
            new RealChoose(type, new RealCompare(CompareOperator.Less, value, zero), new RealConstant(type, -1), new RealConstant(type, 0)));
    }
}
