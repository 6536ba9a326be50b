using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// <c>x.MaxBy(c =&gt; c.Score)</c>: the element whose key is the largest. Its key member (<c>x.MaxBy(c =&gt; c.Score)!.Score</c>,
/// or <c>winner.Score</c> of a local initialised with the call) is the fold <c>x.Max(c =&gt; c.Score)</c>, so the call is read
/// as that max (<see cref="WholeReductionKind"/>) and the key member as the call's value; <c>MinBy</c> likewise a min.
/// Any other member of the chosen element (<c>winner.Doc</c>) is not the fold and is left to the other readers.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary><c>MaxBy</c>/<c>MinBy</c> with a key selector and no comparer: the kind of fold its key is; else null.</summary>
    private ReductionKind? KeyedExtremumKind(IInvocationOperation call) =>
        call.Arguments.Length != 2 || LambdaArgument(call) is not { Symbol.Parameters.Length: 1 } ? null
        : Symbols.IsEnumerable(call.TargetMethod, "MaxBy") ? ReductionKind.Max
        : Symbols.IsEnumerable(call.TargetMethod, "MinBy") ? ReductionKind.Min
        : null;

    /// <summary>
    /// The <c>MaxBy</c>/<c>MinBy</c> call whose chosen element <paramref name="member"/> reads the key member of (the
    /// call itself or a local written once with it); null for any other member read.
    /// </summary>
    private IInvocationOperation? KeyedExtremumOfMember(IOperation member)
    {
        var instance = MemberInstance(member);
        if (instance is ILocalReferenceOperation local)
        {
            instance = Unwrap(SingleDefinitionValue(local.Local));
        }

        if (instance is not IInvocationOperation call || KeyedExtremumKind(call) is null
            || LambdaArgument(call) is not { Symbol.Parameters: [var element], Body.Operations: [IReturnOperation { ReturnedValue: { } key }] }
            || MemberInstance(key) is not IParameterReferenceOperation keyed || !SymbolEqualityComparer.Default.Equals(keyed.Parameter, element))
        {
            return null;
        }

        return SymbolEqualityComparer.Default.Equals(MemberSymbol(key), MemberSymbol(member)) ? call : null;
    }

    private static ISymbol? MemberSymbol(IOperation? member) => Unwrap(member) switch
    {
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        _ => null,
    };
}
