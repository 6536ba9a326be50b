using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LayerGen.Differentiation.Ir;

namespace LayerGen.Differentiation.Emitting;

/// <summary>Prints IR expressions as C# (fully parenthesised, invariant-culture literals, <c>global::</c> math calls).</summary>
internal sealed class ExpressionPrinter(ForwardRowModel model, BackwardNames names)
{
    /// <summary>Values already held in temporaries (printed by name instead of recomputed; equal subtrees share one).</summary>
    public Dictionary<RealExpr, string> Temporaries { get; } = [];

    public static string TypeName(RealType type) => type == RealType.Float ? "float" : "double";

    public static string MathClass(RealType type) => type == RealType.Float ? "global::System.MathF" : "global::System.Math";

    /// <summary>Math/MathF for the original ten functions; float/double (the same code as Math/MathF where both exist) for the rest.</summary>
    public static string CallOwner(MathCall call) => call.Function <= MathFunction.Cos ? MathClass(call.Type) : TypeName(call.Type);

    public static string Literal(RealType type, double value)
    {
        string name = TypeName(type);
        if (double.IsNaN(value))
        {
            return name + ".NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? name + ".PositiveInfinity" : name + ".NegativeInfinity";
        }

        string text = type == RealType.Float
            ? ((float)value).ToString("R", CultureInfo.InvariantCulture) + "f"
            : value.ToString("R", CultureInfo.InvariantCulture) + "d";
        return text.StartsWith("-", System.StringComparison.Ordinal) ? "(" + text + ")" : text;
    }

    public string Real(RealExpr expression)
    {
        if (Temporaries.TryGetValue(expression, out string? temporary))
        {
            return temporary;
        }

        return expression switch
        {
            RealConstant constant => Literal(constant.Type, constant.Value),
            RealLocal local => model.Locals[local.Id].Name,
            ElementRead read => names.ArrayName(read.Array) + "[" + Int(read.Index) + "]",
            IntToReal integer => "(" + TypeName(integer.Type) + ")(" + Int(integer.Value) + ")",
            RealTableRead table => table.Table.Name + "[" + IntBare(table.Index) + "]",
            RealStaticRead field => field.Name,
            RealNegate negate => "(-" + Real(negate.Operand) + ")",
            RealBinary binary => "(" + Real(binary.Left) + " " + Symbol(binary.Operator) + " " + Real(binary.Right) + ")",
            MathCall call => CallOwner(call) + "." + call.Function + "(" + string.Join(", ", call.Arguments.Select(Real)) + ")",
            RealConvert convert => "((" + TypeName(convert.Type) + ")" + Real(convert.Operand) + ")",
            RealChoose choose => "(" + Condition(choose.Condition) + " ? " + Real(choose.WhenTrue) + " : " + Real(choose.WhenFalse) + ")",
            _ => throw new System.InvalidOperationException("Unknown expression " + expression.GetType().Name),
        };
    }

    public string Int(IntExpr expression) => expression switch
    {
        IntConstant constant => constant.Value < 0 ? "(" + constant.Value.ToString(CultureInfo.InvariantCulture) + ")" : constant.Value.ToString(CultureInfo.InvariantCulture),
        IntVariable variable => model.IntNames[variable.Id],
        IntMutable mutable => model.IntNames[mutable.Id],
        IntChoose choose => "(" + Condition(choose.Condition) + " ? " + Int(choose.WhenTrue) + " : " + Int(choose.WhenFalse) + ")",
        IntLength length => names.ArrayName(length.Array) + ".Length",
        IntNegate negate => "(-" + Int(negate.Operand) + ")",
        IntTableRead table => table.Table.Name + "[" + IntBare(table.Index) + "]",
        IntFromReal convert => "((int)" + Real(convert.Value) + ")",
        IntBinary binary => "(" + Int(binary.Left) + " " + Symbol(binary.Operator) + " " + Int(binary.Right) + ")",
        _ => throw new System.InvalidOperationException("Unknown integer expression " + expression.GetType().Name),
    };

    /// <summary>An integer expression without outer parentheses (an index, a bound); a ?: keeps them (it may follow a comparison).</summary>
    public string IntBare(IntExpr expression) => expression is IntChoose ? Int(expression) : Strip(Int(expression));

    /// <summary>A real expression without outer parentheses (the right side of an assignment).</summary>
    public string RealBare(RealExpr expression) => Strip(Real(expression));

    public string Condition(Condition condition) => condition switch
    {
        BoolConstant constant => constant.Value ? "true" : "false",
        RealCompare compare => Real(compare.Left) + " " + Symbol(compare.Operator) + " " + Real(compare.Right),
        IntCompare compare => Int(compare.Left) + " " + Symbol(compare.Operator) + " " + Int(compare.Right),
        Logical logical => "(" + Condition(logical.Left) + ") " + (logical.IsAnd ? "&&" : "||") + " (" + Condition(logical.Right) + ")",
        Not not => "!(" + Condition(not.Operand) + ")",
        _ => throw new System.InvalidOperationException("Unknown condition " + condition.GetType().Name),
    };

    public static string Symbol(CompareOperator op) => op switch
    {
        CompareOperator.Less => "<",
        CompareOperator.LessOrEqual => "<=",
        CompareOperator.Greater => ">",
        CompareOperator.GreaterOrEqual => ">=",
        CompareOperator.Equal => "==",
        _ => "!=",
    };

    public static string Symbol(RealOperator op) => op switch
    {
        RealOperator.Add => "+",
        RealOperator.Subtract => "-",
        RealOperator.Multiply => "*",
        _ => "/",
    };

    private static string Symbol(IntOperator op) => op switch
    {
        IntOperator.Add => "+",
        IntOperator.Subtract => "-",
        IntOperator.Multiply => "*",
        IntOperator.Divide => "/",
        IntOperator.Remainder => "%",
        IntOperator.ShiftLeft => "<<",
        IntOperator.ShiftRight => ">>",
        IntOperator.UnsignedShiftRight => ">>>",
        IntOperator.And => "&",
        IntOperator.Or => "|",
        _ => "^",
    };

    /// <summary>Removes one pair of outer parentheses when they enclose the whole text.</summary>
    private static string Strip(string text)
    {
        if (text.Length < 2 || text[0] != '(' || text[text.Length - 1] != ')')
        {
            return text;
        }

        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth == 0 && i < text.Length - 1)
            {
                return text;
            }
        }

        return text.Substring(1, text.Length - 2);
    }
}
