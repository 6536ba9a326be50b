using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A roulette threshold drawn by a call that takes the sum of exps as its upper bound — Unity's
/// <c>Random.Range(0f, total)</c>, a helper <c>Uniform(0, total)</c>, <c>rng.NextDouble(0, total)</c> — is the same
/// <c>u * total</c> as the product <see cref="AddComparedThresholdSite"/> reads: a uniform share of the sum. Comparing
/// the running exps with it (or walking it down by them) is the softmax's CDF, whatever draws the share.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// <paramref name="threshold"/> itself when it is a sum of exps or a multiple of one (<c>u * total</c>); else the
    /// sum of exps a bounded draw takes as its bound (<see cref="DrawBound"/>); null for anything else.
    /// </summary>
    private IOperation? ShareOfSumOfExps(IOperation threshold) =>
        IsSumOfExps(threshold) ? threshold : DrawBound(threshold) is { } bound && IsSumOfExps(bound) ? bound : null;

    /// <summary>
    /// The upper bound of a draw <c>f(0, bound)</c> (directly or through a local written once): a call returning a
    /// number whose last argument is the bound and whose other arguments are all the constant 0, the lower end of the
    /// range. Scalar math functions (<c>Math.Max(0, total)</c>, <c>Mathf.Clamp(v, 0, total)</c>) are no draws, nor is
    /// a call with one argument (<c>Sqrt(total)</c>): nothing says it draws from a range.
    /// </summary>
    private IOperation? DrawBound(IOperation threshold)
    {
        var value = Unwrap(threshold);
        if (VariableOf(value) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } written)
        {
            value = Unwrap(written);
        }

        if (value is not IInvocationOperation { Arguments.Length: >= 2 } draw || !WellKnownSymbols.IsNumeric(draw.Type)
            || WellKnownSymbols.IsScalarMathFunction(draw.TargetMethod) || ExpOperand(draw) is not null)
        {
            return null;
        }

        // The arguments come in the order they are written (Uniform(upper: total, lower: 0f)): ordered by parameter here.
        var arguments = draw.Arguments.OrderBy(argument => argument.Parameter?.Ordinal ?? int.MaxValue).ToList();
        return arguments.Take(arguments.Count - 1).All(argument => IsConstantZero(argument.Value))
            ? arguments[arguments.Count - 1].Value
            : null;
    }

    /// <summary>A numeric constant equal to 0 (<c>0</c>, <c>0f</c>, <c>0.0</c>, through conversions).</summary>
    private static bool IsConstantZero(IOperation operation) =>
        Unwrap(operation) is { ConstantValue: { HasValue: true, Value: { } constant } } && AsDouble(constant) is 0.0;
}
