using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Temperature-scaled log-sum-exps: the soft value <c>V = τ · log Σ exp(x / τ)</c> (soft Q-learning, MENTS, soft-DTW)
/// is τ times the log-partition of <c>x / τ</c>, so <c>(x - V) / τ = x / τ - log Σ exp(x / τ)</c> is the log-softmax of
/// <c>x / τ</c>, and <c>V / τ</c> is the plain log-partition again. The normaliser records which temperature scales
/// each log; a scaled log is a normaliser only where the subtraction is divided back by the same temperature.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// Collects <c>τ · N</c>, <c>N · τ</c> (each log of N scaled by τ) and <c>N / τ</c> (each log of N scaled by τ is
    /// plain again) where τ is a scalar variable holding no data; false (not handled) for any other product or quotient.
    /// </summary>
    private bool CollectScaledNormaliser(IBinaryOperation scaled, NormaliserParts parts, int depth)
    {
        var (factor, normaliser) = scaled.OperatorKind == BinaryOperatorKind.Divide
            ? (TemperatureVariable(scaled.RightOperand), scaled.LeftOperand)
            : TemperatureVariable(scaled.LeftOperand) is { } left ? (left, scaled.RightOperand) : (TemperatureVariable(scaled.RightOperand), scaled.LeftOperand);
        if (factor is null)
        {
            return false;
        }

        var inner = new NormaliserParts();
        CollectNormaliser(normaliser, inner, depth);
        if (inner.Logs.Count == 0)
        {
            return false;
        }

        foreach (var (log, _) in inner.Logs)
        {
            var held = inner.Scales.TryGetValue(log, out var scale) ? scale : null;
            if (scaled.OperatorKind == BinaryOperatorKind.Multiply && held is null)
            {
                inner.Scales[log] = factor;
            }
            else if (scaled.OperatorKind == BinaryOperatorKind.Divide && SymbolEqualityComparer.Default.Equals(held, factor))
            {
                inner.Scales.Remove(log);
            }
            else
            {
                // τ · τ · log s, or log s / τ: a different normaliser, no log-partition of the summed exps.
                inner.Opaque = true;
            }
        }

        parts.Merge(inner);
        return true;
    }

    /// <summary>True when <paramref name="subtraction"/> is divided by <paramref name="scale"/> (<c>(x - V) / τ</c>).</summary>
    private bool IsDividedBackBy(IOperation subtraction, ISymbol scale)
    {
        var current = UnwrapUp(subtraction);

        // Whether τ holds data is asked only here, once the shape matched: evaluating values links dimension classes,
        // and a normaliser that is no log-softmax must not (the model's answers may not depend on query order).
        return current.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide && divide.LeftOperand == current
            && SymbolEqualityComparer.Default.Equals(TemperatureVariable(divide.RightOperand), scale)
            && SymbolEqualityComparer.Default.Equals(ScalarFactor(divide.RightOperand), scale);
    }

    /// <summary>The variable of a numeric local, parameter or field read (a temperature's shape, before any evaluation); else null.</summary>
    private static ISymbol? TemperatureVariable(IOperation operand) =>
        Unwrap(operand) is { ConstantValue.HasValue: false } value
        && value is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }
        && WellKnownSymbols.IsNumeric(value.Type)
            ? VariableOf(value)
            : null;
}
