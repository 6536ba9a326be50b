using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// <c>x.Average()</c> (<c>Enumerable.Average(x)</c>, no selector) read as a value: one number of the data it averages,
/// without dimensions (as ShiftForms.cs reads it), holding no exps and no probability (a mean of exps is no softmax
/// numerator). An exp shifted by it is judged like one shifted by a loop mean (a mean is no maximum: LG0003).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private ValueFacts? AverageValue(IInvocationOperation invocation)
    {
        if (!Symbols.IsEnumerable(invocation.TargetMethod, "Average") || invocation.Arguments.Length != 1)
        {
            return null;
        }

        // The elements of the view averaged (a whole array reads as no element of its own).
        var source = invocation.Arguments[0].Value;
        var elements = EvalView(source) is { } view && IteratedElement(view, invocation) is { } element ? element : Eval(source);
        return elements.WithoutDims().With(exps: ValueFacts.Empty.Exps, isProbability: false);
    }
}
