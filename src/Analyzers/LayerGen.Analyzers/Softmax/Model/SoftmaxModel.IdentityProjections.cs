using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// <c>x.Select(g =&gt; g)</c>: a projection that returns its own element is <c>x</c> itself. A query continuation compiles
/// to one (<c>from c in cells group c by c.Sample into g select g</c> is <c>cells.GroupBy(…).Select(g =&gt; g)</c>), so
/// <see cref="Unwrap"/> skips it as it skips a copy: every reader then sees the groups, rows or elements underneath.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The source of <c>Enumerable.Select(x, v =&gt; v)</c> (also PLINQ's); null for any other call.</summary>
    private static IOperation? IdentityProjectionSource(IInvocationOperation call)
    {
        if (call is not { Instance: null, Arguments.Length: 2, TargetMethod: { Name: "Select", IsExtensionMethod: true } method }
            || method.ContainingType is not { Name: "Enumerable" or "ParallelEnumerable", ContainingNamespace: { Name: "Linq", ContainingNamespace.Name: "System" } })
        {
            return null;
        }

        // Past delegate creation by hand: PastDelegateCreation unwraps, and Unwrap calls this method.
        IOperation? selector = call.Arguments[1].Value;
        while (selector is IConversionOperation or IDelegateCreationOperation)
        {
            selector = selector is IConversionOperation conversion ? conversion.Operand : ((IDelegateCreationOperation)selector).Target;
        }

        return selector is IAnonymousFunctionOperation { Symbol.Parameters: [var element], Body.Operations: [IReturnOperation { ReturnedValue: IParameterReferenceOperation returned }] }
            && SymbolEqualityComparer.Default.Equals(returned.Parameter, element)
            ? call.Arguments[0].Value
            : null;
    }
}
