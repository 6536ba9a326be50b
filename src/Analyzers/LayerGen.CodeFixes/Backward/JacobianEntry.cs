using System;
using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.CodeFixes.Backward;

/// <summary>
/// Evaluates a Jacobian entry expression at sample points, to prove what it is rather than guess from its shape:
/// a probability read through the row loop is <c>a</c>, through the column loop <c>b</c> (<c>a</c> on the diagonal),
/// <c>i == j</c> tests the case, constants and arithmetic evaluate as written. Anything else makes the value NaN,
/// which no check accepts.
/// </summary>
internal sealed class JacobianEntry
{
    /// <summary>Sample points (a, b) for off-diagonal entries and a for diagonal ones; two of each, asymmetric.</summary>
    public static readonly (double A, double B)[] OffDiagonalSamples = { (0.3, 0.5), (0.15, 0.7) };

    public static readonly double[] DiagonalSamples = { 0.3, 0.65 };

    private const int MaxDepth = 8;

    private readonly SoftmaxModel _model;
    private readonly IOperation _rowLoop;
    private readonly IOperation _columnLoop;

    public JacobianEntry(SoftmaxModel model, IOperation rowLoop, IOperation columnLoop)
    {
        _model = model;
        _rowLoop = rowLoop;
        _columnLoop = columnLoop;
    }

    /// <summary>The value of <paramref name="operation"/> with y_i = a, y_j = b, on the diagonal or off it.</summary>
    public double Evaluate(IOperation operation, double a, double b, bool diagonal, int depth = 0)
    {
        operation = SoftmaxModel.Unwrap(operation)!;
        if (depth > MaxDepth)
        {
            return double.NaN;
        }

        if (operation.ConstantValue is { HasValue: true, Value: { } constant } && constant is double or float or int or long or decimal)
        {
            return Convert.ToDouble(constant, System.Globalization.CultureInfo.InvariantCulture);
        }

        switch (operation)
        {
            case IPropertyReferenceOperation { Property: { IsStatic: true, Name: "One" } }:
                return 1;
            case IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Zero" } }:
                return 0;
            case IBinaryOperation binary:
                var left = Evaluate(binary.LeftOperand, a, b, diagonal, depth + 1);
                var right = Evaluate(binary.RightOperand, a, b, diagonal, depth + 1);
                return binary.OperatorKind switch
                {
                    BinaryOperatorKind.Add => left + right,
                    BinaryOperatorKind.Subtract => left - right,
                    BinaryOperatorKind.Multiply => left * right,
                    BinaryOperatorKind.Divide => left / right,
                    _ => double.NaN,
                };
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus:
                return -Evaluate(minus.Operand, a, b, diagonal, depth + 1);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                return Evaluate(plus.Operand, a, b, diagonal, depth + 1);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional when Case(conditional.Condition) is { } equal:
                return equal == diagonal ? Evaluate(conditional.WhenTrue, a, b, diagonal, depth + 1) : Evaluate(whenFalse, a, b, diagonal, depth + 1);
            case ILocalReferenceOperation local when !_model.ReadsProbability(local) && _model.SingleDefinition(local.Local) is { } definition && !_model.IsReduction(local.Local):
                return Evaluate(definition, a, b, diagonal, depth + 1);
            default:
                return Read(operation, a, b, diagonal);
        }
    }

    /// <summary>True/false for <c>i == j</c>/<c>i != j</c> over the row and column loop variables; null for other conditions.</summary>
    public bool? Case(IOperation? condition)
    {
        if (SoftmaxModel.Unwrap(condition) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison)
        {
            return null;
        }

        var loops = new[] { LoopOf(comparison.LeftOperand), LoopOf(comparison.RightOperand) };
        var isRowAndColumn = loops.Contains(_rowLoop) && loops.Contains(_columnLoop) && loops[0] != loops[1];
        return isRowAndColumn ? comparison.OperatorKind == BinaryOperatorKind.Equals : null;
    }

    private IOperation? LoopOf(IOperation operand) =>
        SoftmaxModel.VariableOf(operand) is ILocalSymbol or IParameterSymbol && SoftmaxModel.VariableOf(operand) is { } variable
            ? _model.LoopOfVariable(variable, operand)
            : null;

    private double Read(IOperation operation, double a, double b, bool diagonal)
    {
        if (!_model.ReadsProbability(operation))
        {
            return double.NaN;
        }

        var loops = _model.DimsOf(operation).Keys.ToList();
        var row = loops.Contains(_rowLoop);
        var column = loops.Contains(_columnLoop);
        return (row, column) switch
        {
            (true, false) => a,
            (false, true) => diagonal ? a : b,
            _ => double.NaN,
        };
    }

    /// <summary>The probability reads of an entry through one loop (and not the other).</summary>
    public IEnumerable<IOperation> ReadsThrough(IOperation entry, IOperation loop, IOperation otherLoop) =>
        entry.DescendantsAndSelf().Where(node => node is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } or ILocalReferenceOperation
            && _model.ReadsProbability(node) && _model.DimsOf(node).ContainsKey(loop) && !_model.DimsOf(node).ContainsKey(otherLoop));

    /// <summary>
    /// The entry as α·δ_ij·y_i + β·y_i·y_j with α ∈ {-1, 0, 1} and β ∈ {-1, 1}, from the samples: the softmax Jacobian is
    /// (1, -1); the off-diagonal part alone (summed with a separate diagonal term) is (0, -1). Null for anything else.
    /// </summary>
    public static (int Alpha, int Beta)? Decompose(Func<double, double, bool, double> entry)
    {
        int? beta = null;
        foreach (var (a, b) in OffDiagonalSamples)
        {
            var ratio = entry(a, b, false) / (a * b);
            var rounded = Math.Round(ratio);
            if (double.IsNaN(ratio) || Math.Abs(ratio - rounded) > 1e-9 || Math.Abs(rounded) != 1 || (beta is { } known && known != (int)rounded))
            {
                return null;
            }

            beta = (int)rounded;
        }

        int? alpha = null;
        foreach (var a in DiagonalSamples)
        {
            var coefficient = (entry(a, a, true) - beta!.Value * a * a) / a;
            var rounded = Math.Round(coefficient);
            if (double.IsNaN(coefficient) || Math.Abs(coefficient - rounded) > 1e-9 || Math.Abs(rounded) > 1 || (alpha is { } known && known != (int)rounded))
            {
                return null;
            }

            alpha = (int)rounded;
        }

        return (alpha!.Value, beta!.Value);
    }
}
