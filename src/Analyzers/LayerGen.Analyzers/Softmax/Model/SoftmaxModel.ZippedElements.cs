using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// <c>first.Zip(second, (a, b) =&gt; …)</c> pairs the elements of equal index: the lambda runs once per index like a
/// <c>Select</c> over <c>first</c> (its first parameter is <c>first</c>'s element), and its second parameter is
/// <c>second</c>'s element at that same index — <c>x[i].Zip(peaks, (s, m) =&gt; Math.Exp(s - m))</c> is the loop
/// <c>Math.Exp(x[i][j] - peaks[j])</c>, so a fold held per element of <c>peaks</c> is the shift's fold.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The second sequence of the <c>Zip</c> whose result selector's second parameter is <paramref name="parameter"/>; else null.</summary>
    private IOperation? ZippedSequence(IParameterSymbol parameter, IInvocationOperation call) =>
        parameter.Ordinal == 1 && call.Arguments.Length == 3 && Symbols.IsEnumerable(call.TargetMethod, "Zip")
        && LambdaAt(call.Arguments[2].Value) is { } selector && SymbolEqualityComparer.Default.Equals(selector.Symbol, parameter.ContainingSymbol)
            ? call.Arguments[1].Value
            : null;

    /// <summary>
    /// The fold each element of a zipped second sequence holds (an element-wise <c>Aggregate</c>, or a
    /// <c>Select(r =&gt; r.Max())</c> of rows), read through the result selector's parameter; else null.
    /// </summary>
    private Reduction? ZippedElementReduction(IParameterReferenceOperation read)
    {
        if (LambdaOf(read.Parameter) is not { } lambda || IteratingCall(lambda) is not { } call || ZippedSequence(read.Parameter, call) is not { } second)
        {
            return null;
        }

        // peaks.AsParallel().AsOrdered(): PLINQ's pass-throughs keep the elements.
        var sequence = Unwrap(second)!;
        while (sequence is IInvocationOperation passThrough && Symbols.IsParallelPassThrough(passThrough.TargetMethod) && passThrough.Arguments.Length > 0)
        {
            sequence = Unwrap(passThrough.Arguments[0].Value)!;
        }

        return ElementwiseAggregate(sequence) ?? MappedReduction(sequence);
    }
}
