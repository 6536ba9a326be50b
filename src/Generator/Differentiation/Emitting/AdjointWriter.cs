using System.Collections.Generic;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Emitting;

namespace LayerGen.Differentiation.Emitting;

/// <summary>
/// Writes the reverse of one assignment's right-hand side: first the intermediate values the derivatives need
/// (exp, quotients, products' factors) into temporaries, then the adjoint of each operand, accumulated into the
/// adjoints of the locals and span elements it read (the chain rule, one node at a time).
/// </summary>
internal sealed class AdjointWriter(CodeWriter writer, ExpressionPrinter printer, BackwardNames names, MaximumShift maximumShift)
{
    /// <summary>Propagates <paramref name="seed"/> (an identifier holding ∂L/∂value) into the operands of <paramref name="value"/>.</summary>
    /// <param name="value">The right-hand side.</param>
    /// <param name="seed">An identifier holding its adjoint.</param>
    /// <param name="stored">An identifier already holding <paramref name="value"/>'s result, or null.</param>
    public void Propagate(RealExpr value, string seed, string? stored = null)
    {
        var added = new List<RealExpr>();
        if (stored is not null && !printer.Temporaries.ContainsKey(value))
        {
            printer.Temporaries[value] = stored;
            added.Add(value);
        }

        WriteTemporaries(value, added);
        PropagateInto(value, seed);
        Forget(added);
    }

    private void Forget(List<RealExpr> added)
    {
        foreach (RealExpr expression in added)
        {
            printer.Temporaries.Remove(expression);
        }
    }

    /// <summary>Stores, bottom-up, every node whose value a derivative of its parent (or itself) reads.</summary>
    private void WriteTemporaries(RealExpr node, List<RealExpr> added)
    {
        // A ternary's branches store their own values when the reverse sweep takes one; leaves are read where they are.
        if (node is not (RealNegate or RealConvert or RealBinary or MathCall))
        {
            return;
        }

        foreach (RealExpr operand in RealOperands.Of(node))
        {
            WriteTemporaries(operand, added);
        }

        if (NeedsOwnValue(node) && !printer.Temporaries.ContainsKey(node))
        {
            string name = names.Temporary("v");
            writer.Line(ExpressionPrinter.TypeName(node.Type) + " " + name + " = " + printer.RealBare(node) + ";");
            printer.Temporaries[node] = name;
            added.Add(node);
        }
    }

    /// <summary>True for nodes whose own value (not only their operands') appears in a derivative.</summary>
    public static bool NeedsOwnValue(RealExpr node) => TapePolicy.NeedsOwnValue(node);

    private void PropagateInto(RealExpr node, string seed)
    {
        RealType type = node.Type;
        string one = ExpressionPrinter.Literal(type, 1);
        switch (node)
        {
            case RealConstant or IntToReal or RealTableRead or RealStaticRead:
                return;
            case RealLocal local when maximumShift.AdjointIsZero(local.Id):
                return; // a maximum the output does not depend on: its adjoint is zero (ShiftInvariance)
            case RealLocal local:
                writer.Line(names.LocalAdjoints[local.Id] + " += " + seed + ";");
                return;
            case ElementRead read:
                writer.Line(names.AdjointName(read.Array) + "[" + printer.IntBare(read.Index) + "] += " + seed + ";");
                return;
            case RealNegate negate:
                Child(negate.Operand, "-" + seed);
                return;
            case RealConvert convert:
                Child(convert.Operand, "(" + ExpressionPrinter.TypeName(convert.Operand.Type) + ")(" + seed + ")");
                return;
            case RealBinary binary:
                string left = printer.Real(binary.Left), right = printer.Real(binary.Right);
                switch (binary.Operator)
                {
                    case RealOperator.Add:
                        Child(binary.Left, seed);
                        Child(binary.Right, seed);
                        return;
                    case RealOperator.Subtract:
                        Child(binary.Left, seed);
                        Child(binary.Right, "-" + seed);
                        return;
                    case RealOperator.Multiply:
                        Child(binary.Left, seed + " * " + right);
                        Child(binary.Right, seed + " * " + left);
                        return;
                    default:
                        // q = a / b: ∂q/∂a = 1 / b, ∂q/∂b = -q / b.
                        Child(binary.Left, seed + " / " + right);
                        Child(binary.Right, "-" + seed + " * " + printer.Real(binary) + " / " + right);
                        return;
                }

            case RealChoose choose:
                // The condition reads the restored values of this statement, so it takes the branch the forward took.
                using (writer.Block("if (" + printer.Condition(choose.Condition) + ")"))
                {
                    Propagate(choose.WhenTrue, seed);
                }

                using (writer.Block("else"))
                {
                    Propagate(choose.WhenFalse, seed);
                }

                return;
            case MathCall call:
                PropagateCall(call, seed, one);
                return;
        }
    }

    private void PropagateCall(MathCall call, string seed, string one)
    {
        string math = ExpressionPrinter.MathClass(call.Type);
        string value = printer.Real(call);
        string a = printer.Real(call.Arguments[0]);
        string owner = ExpressionPrinter.CallOwner(call);
        string zero = ExpressionPrinter.Literal(call.Type, 0);
        switch (call.Function)
        {
            case MathFunction.Exp when maximumShift.IsNonPositive(call.Arguments[0]):
                // exp(a[j] - max a) is at most 1 (or NaN), never +∞: g · exp needs no guard against 0 · ∞ (MaximumShift).
                Child(call.Arguments[0], seed + " * " + value);
                return;
            case MathFunction.Exp:
                // Overflows to ∞, e.g. x / (1 + exp(-x)) at x = -1000, where the seed is 0.
                Child(call.Arguments[0], ZeroSeedStaysZero(seed, seed + " * " + value, zero));
                return;
            case MathFunction.Log:
                Child(call.Arguments[0], ZeroSeedStaysZero(seed, seed + " / " + a, zero));
                return;
            case MathFunction.Sqrt:
                Child(call.Arguments[0], ZeroSeedStaysZero(seed, seed + " / (" + ExpressionPrinter.Literal(call.Type, 2) + " * " + value + ")", zero));
                return;
            case MathFunction.Tanh:
                Child(call.Arguments[0], seed + " * (" + one + " - " + value + " * " + value + ")");
                return;
            case MathFunction.Sin:
                Child(call.Arguments[0], seed + " * " + math + ".Cos(" + a + ")");
                return;
            case MathFunction.Cos:
                Child(call.Arguments[0], "-" + seed + " * " + math + ".Sin(" + a + ")");
                return;
            case MathFunction.Abs:
                // The derivative at 0 is taken as +1 (a subgradient).
                Child(call.Arguments[0], "(" + a + " >= " + ExpressionPrinter.Literal(call.Type, 0) + " ? " + seed + " : -" + seed + ")");
                return;
            case MathFunction.Pow:
                PropagatePow(call, seed, value, a, math, one, zero);
                return;
            case MathFunction.ExpM1:
            case MathFunction.Exp2:
                // d expm1(a) = exp(a); d 2^a = 2^a ln 2. A zero adjoint stays zero where the value overflowed, as for Exp.
                string growth = call.Function == MathFunction.ExpM1 ? math + ".Exp(" + a + ")" : value + " * " + ExpressionPrinter.Literal(call.Type, System.Math.Log(2));
                Child(call.Arguments[0], ZeroSeedStaysZero(seed, seed + " * " + growth, zero));
                return;
            case MathFunction.LogP1:
                Child(call.Arguments[0], ZeroSeedStaysZero(seed, seed + " / (" + one + " + " + a + ")", zero));
                return;
            case MathFunction.Log2:
            case MathFunction.Log10:
                double ln = System.Math.Log(call.Function == MathFunction.Log2 ? 2 : 10);
                Child(call.Arguments[0], ZeroSeedStaysZero(seed, seed + " / (" + a + " * " + ExpressionPrinter.Literal(call.Type, ln) + ")", zero));
                return;
            case MathFunction.Cbrt:
                // d a^(1/3) = 1 / (3 cbrt(a)^2): infinite at 0, like Sqrt's derivative.
                Child(call.Arguments[0], ZeroSeedStaysZero(seed, seed + " / (" + ExpressionPrinter.Literal(call.Type, 3) + " * " + value + " * " + value + ")", zero));
                return;
            case MathFunction.Sinh:
            case MathFunction.Cosh:
                // d sinh = cosh, d cosh = sinh: both overflow to ±∞ beyond |a| ≈ 710 (89 in float), like Exp.
                string slope = owner + (call.Function == MathFunction.Sinh ? ".Cosh(" : ".Sinh(") + a + ")";
                Child(call.Arguments[0], ZeroSeedStaysZero(seed, seed + " * " + slope, zero));
                return;
            case MathFunction.Atan:
                Child(call.Arguments[0], seed + " / (" + one + " + " + a + " * " + a + ")");
                return;
            case MathFunction.Asin:
            case MathFunction.Acos:
                // d asin(a) = 1 / sqrt(1 - a²) = -d acos(a).
                string sign = call.Function == MathFunction.Acos ? "-" : string.Empty;
                Child(call.Arguments[0], ZeroSeedStaysZero(seed, sign + seed + " / " + math + ".Sqrt(" + one + " - " + a + " * " + a + ")", zero));
                return;
            case MathFunction.Asinh:
                // d asinh(a) = 1 / sqrt(a² + 1); written 1 / hypot(a, 1) so large |a| does not overflow a².
                Child(call.Arguments[0], seed + " / " + owner + ".Hypot(" + a + ", " + one + ")");
                return;
            case MathFunction.Acosh:
                // d acosh(a) = 1 / sqrt(a² − 1) = 1 / (sqrt(a − 1) · sqrt(a + 1)) (a ≥ 1; infinite at 1, like Sqrt's at 0).
                Child(call.Arguments[0], ZeroSeedStaysZero(seed, seed + " / (" + math + ".Sqrt(" + a + " - " + one + ") * " + math + ".Sqrt(" + a + " + " + one + "))", zero));
                return;
            case MathFunction.Atanh:
                // d atanh(a) = 1 / (1 − a²) = 1 / ((1 − a)(1 + a)).
                Child(call.Arguments[0], ZeroSeedStaysZero(seed, seed + " / ((" + one + " - " + a + ") * (" + one + " + " + a + "))", zero));
                return;
            case MathFunction.Tan:
                // d tan(a) = 1 + tan²(a).
                Child(call.Arguments[0], seed + " * (" + one + " + " + value + " * " + value + ")");
                return;
            case MathFunction.Atan2:
                // atan2(a, b) (a = y, b = x): ∂/∂a = b / (a² + b²), ∂/∂b = -a / (a² + b²); 0 at the origin, where it jumps.
                string x2 = printer.Real(call.Arguments[1]);
                string radius = "(" + a + " * " + a + " + " + x2 + " * " + x2 + ")";
                Child(call.Arguments[0], "(" + radius + " == " + zero + " ? " + zero + " : " + seed + " * " + x2 + " / " + radius + ")");
                Child(call.Arguments[1], "(" + radius + " == " + zero + " ? " + zero + " : -" + seed + " * " + a + " / " + radius + ")");
                return;
            case MathFunction.Hypot:
                // h = sqrt(a² + b²) without overflow: ∂/∂a = a / h, ∂/∂b = b / h; 0 at the origin (a subgradient).
                string other = printer.Real(call.Arguments[1]);
                Child(call.Arguments[0], "(" + value + " == " + zero + " ? " + zero + " : " + seed + " * " + a + " / " + value + ")");
                Child(call.Arguments[1], "(" + value + " == " + zero + " ? " + zero + " : " + seed + " * " + other + " / " + value + ")");
                return;
            case MathFunction.FusedMultiplyAdd:
                // a · b + c (rounded once): ∂/∂a = b, ∂/∂b = a, ∂/∂c = 1.
                Child(call.Arguments[0], seed + " * " + printer.Real(call.Arguments[1]));
                Child(call.Arguments[1], seed + " * " + a);
                Child(call.Arguments[2], seed);
                return;
            case MathFunction.CopySign:
                // |a| with b's sign: ±1 towards a (+1 where a already has the result's sign), 0 towards b.
                Child(call.Arguments[0], "(" + owner + ".IsNegative(" + a + ") == " + owner + ".IsNegative(" + value + ") ? " + seed + " : -" + seed + ")");
                return;
            case MathFunction.MaxMagnitude:
            case MathFunction.MinMagnitude:
                // The argument returned gets the whole derivative (the first one when both are equal).
                using (writer.Block("if (" + value + " == " + a + ")"))
                {
                    Child(call.Arguments[0], seed);
                }

                using (writer.Block("else"))
                {
                    Child(call.Arguments[1], seed);
                }

                return;
            case MathFunction.Floor:
            case MathFunction.Ceiling:
            case MathFunction.Truncate:
            case MathFunction.Round:
                return; // piecewise constant: no derivative flows to the argument
            case MathFunction.Max:
            case MathFunction.Min:
                // Ties send the whole derivative to the first argument, the one Max/Min is taken to have returned.
                string op = call.Function == MathFunction.Max ? " >= " : " <= ";
                using (writer.Block("if (" + a + op + printer.Real(call.Arguments[1]) + ")"))
                {
                    Child(call.Arguments[0], seed);
                }

                using (writer.Block("else"))
                {
                    Child(call.Arguments[1], seed);
                }

                return;
        }
    }

    /// <summary>
    /// a^b. Base: ∂/∂a = b·a^(b−1), none where b is the constant 0 and 0 where b == 0 (a^0 ≡ 1, though 0·0^(−1) is
    /// NaN at a = 0). Exponent (when not a constant): ∂/∂b = a^b·ln a, 0 where a == 0 and b ≥ 0 (a^b is 0 for every
    /// b &gt; 0 there, flat, though 0·ln 0 is NaN). Both as PyTorch's pow_backward_self and pow_backward_exponent.
    /// A negative base keeps ln a = NaN towards the exponent: a^b is not real for b near an integer there, as in PyTorch.
    /// </summary>
    private void PropagatePow(MathCall call, string seed, string value, string a, string math, string one, string zero)
    {
        RealExpr exponent = call.Arguments[1];
        string b = printer.Real(exponent);
        if (exponent is not RealConstant { Value: 0 })
        {
            string slope = seed + " * " + b + " * " + math + ".Pow(" + a + ", " + b + " - " + one + ")";

            // A constant exponent ≥ 1 has a finite slope wherever a is finite; below 1 it has a pole at a = 0.
            Child(call.Arguments[0], exponent is RealConstant { Value: >= 1 } ? slope
                : ZeroSeedStaysZero(seed, slope, zero, exponent is RealConstant ? null : b + " == " + zero));
        }

        if (exponent is not RealConstant)
        {
            string? flatAtZeroBase = call.Arguments[0] is RealConstant { Value: > 0 } ? null : "(" + a + " == " + zero + " && " + b + " >= " + zero + ")";
            Child(exponent, ZeroSeedStaysZero(seed, seed + " * " + value + " * " + math + ".Log(" + a + ")", zero, flatAtZeroBase));
        }
    }

    /// <summary>
    /// <paramref name="product"/> (the seed times a derivative that may be ±∞ or NaN where the function's value is
    /// finite: a pole such as ln, √ or ∛ at 0, or an overflow such as exp's), except 0 where the seed is 0 or
    /// <paramref name="alsoZeroWhen"/> holds: 0 · ∞ would be NaN although the value did not move the result.
    /// </summary>
    private static string ZeroSeedStaysZero(string seed, string product, string zero, string? alsoZeroWhen = null) =>
        "(" + seed + " == " + zero + (alsoZeroWhen is null ? string.Empty : " || " + alsoZeroWhen) + " ? " + zero + " : " + product + ")";

    /// <summary>Propagates <paramref name="seed"/> (any expression) into <paramref name="child"/>.</summary>
    private void Child(RealExpr child, string seed)
    {
        switch (child)
        {
            case RealConstant or IntToReal or RealTableRead or RealStaticRead:
                return;
            case RealLocal or ElementRead:
                PropagateInto(child, seed);
                return;
        }

        string name = names.Temporary("g");
        writer.Line(ExpressionPrinter.TypeName(child.Type) + " " + name + " = " + seed + ";");
        PropagateInto(child, name);
    }
}
