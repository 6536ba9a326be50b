using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Anonymous-type members read back in a later LINQ stage: <c>t.peak</c> of <c>x.Select(row =&gt; new { row, peak =
/// row.Max() }).Select(t =&gt; …)</c> is the value the creation bound, <c>row.Max()</c>, read for the same element. Query
/// syntax compiles every <c>let</c> and every <c>from</c> after the first to exactly this (a transparent identifier:
/// <c>from row in x let peak = row.Max() select …</c> reads <c>t.peak</c>, and <c>t1.t0.row</c> after a second
/// <c>let</c>), so <see cref="Unwrap"/> follows the member to its initializer once, for every query shape: the readers
/// then see <c>row</c> and <c>row.Max()</c> in the stage that made them, per element of the same source.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The initializer of <c>t.M</c> when <c>t</c> is an element parameter of a lambda a LINQ call invokes over a
    /// stage that made <c>t</c> as <c>new { …, M = v }</c> (its <c>Select</c> selector, or the result selector of
    /// <c>SelectMany</c>, <c>Join</c> or <c>GroupJoin</c>), past order-keeping filters and sorts; null otherwise.
    /// </summary>
    private static IOperation? TransparentMemberValue(IPropertyReferenceOperation member)
    {
        if (member is not { Property: { IsStatic: false, IsIndexer: false, ContainingType.IsAnonymousType: true } property }
            || Unwrap(member.Instance) is not IParameterReferenceOperation { Parameter: var parameter } instance
            || ElementStage(parameter, instance) is not { } stage
            || ProducedAnonymous(stage) is not { } created)
        {
            return null;
        }

        foreach (var initializer in created.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var bound }, Value: var value }
                && SymbolEqualityComparer.Default.Equals(bound, property))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The sequence whose elements <paramref name="parameter"/> (of a lambda around <paramref name="read"/>, a read of it
    /// after <see cref="Unwrap"/>: <c>t1.t0</c> is a read of the earlier stage's <c>t0</c>) stands
    /// for: the source of <c>Select</c>, <c>Where</c>, <c>OrderBy</c>, <c>GroupBy</c>, <c>SelectMany</c>, … for the element
    /// parameter, the outer or inner sequence of <c>Join</c>/<c>GroupJoin</c> for their selectors; null for any other.
    /// </summary>
    private static IOperation? ElementStage(IParameterSymbol parameter, IOperation read)
    {
        IAnonymousFunctionOperation? lambda = null;
        for (var current = read.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation candidate && SymbolEqualityComparer.Default.Equals(candidate.Symbol, parameter.ContainingSymbol))
            {
                lambda = candidate;
                break;
            }
        }

        IOperation? parent = lambda?.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation)
        {
            parent = parent.Parent;
        }

        if (parent is not IArgumentOperation { Parent: IInvocationOperation { Instance: null, TargetMethod: { IsExtensionMethod: true } method } call } argument
            || !IsQueryOperatorType(method.ContainingType) || call.Arguments.Length < 2)
        {
            return null;
        }

        var position = call.Arguments.IndexOf(argument);
        switch (method.Name)
        {
            case "Join" or "GroupJoin" when call.Arguments.Length >= 5:
                // outer.Join(inner, o => …, i => …, (o, i) => …): the outer key selector and the result selector's
                // first parameter walk outer, the inner key selector and the result selector's second walk inner.
                return position switch
                {
                    2 => call.Arguments[0].Value,
                    3 => call.Arguments[1].Value,
                    4 => parameter.Ordinal == 0 ? call.Arguments[0].Value : null,
                    _ => null,
                };
            case "Select" or "Where" or "SelectMany" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending"
                when position >= 1 && parameter.Ordinal == 0:
            case "GroupBy" when position >= 1 && lambda!.Symbol.Parameters.Length == 1:
                // The element (not Select's index, not SelectMany's member, not GroupBy's key: no stage's elements).
                return call.Arguments[0].Value;
            default:
                return null;
        }
    }

    /// <summary>
    /// The anonymous object each element of <paramref name="stage"/> is: what its <c>Select</c> selector (or the result
    /// selector of <c>SelectMany</c>/<c>Join</c>/<c>GroupJoin</c>) returns, past <c>Where</c> and sorts that keep the
    /// elements; null when the stage makes anything else.
    /// </summary>
    private static IAnonymousObjectCreationOperation? ProducedAnonymous(IOperation stage)
    {
        for (var depth = 0; depth < 8; depth++)
        {
            if (Unwrap(stage) is not IInvocationOperation { Instance: null, TargetMethod: { IsExtensionMethod: true } method } call
                || !IsQueryOperatorType(method.ContainingType) || call.Arguments.Length < 2)
            {
                return null;
            }

            var producer = method.Name switch
            {
                "Select" when call.Arguments.Length == 2 => LambdaAt(call.Arguments[1].Value),
                "SelectMany" when call.Arguments.Length == 3 => LambdaAt(call.Arguments[2].Value),
                "Join" or "GroupJoin" when call.Arguments.Length >= 5 => LambdaAt(call.Arguments[4].Value),
                _ => null,
            };
            if (producer is not null)
            {
                return producer.Body.Operations is [IReturnOperation { ReturnedValue: { } returned }]
                    && Unwrap(returned) is IAnonymousObjectCreationOperation created
                    ? created
                    : null;
            }

            if (method.Name is not ("Where" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending"))
            {
                return null;
            }

            stage = call.Arguments[0].Value;
        }

        return null;
    }

    /// <summary>
    /// The loop a LINQ lambda's element stands for: the lambda itself, or, when it walks a stage made as anonymous objects
    /// (<c>x.Select(row =&gt; new { row, peak = … }).Select(t =&gt; …)</c>), the loop of the lambda that made them (the
    /// same element, one stage earlier). Members read through <see cref="TransparentMemberValue"/> are that lambda's
    /// values, so the later stages' own parameters (a second <c>from</c>'s member, a <c>join</c>'s inner element) are
    /// keyed by the same loop.
    /// </summary>
    private static IOperation StageLoop(IAnonymousFunctionOperation lambda)
    {
        IOperation loop = lambda;
        for (var depth = 0; depth < 16 && loop is IAnonymousFunctionOperation current && current.Symbol.Parameters.Length > 0; depth++)
        {
            var parameter = current.Symbol.Parameters[0];
            var anchor = current.Body.Operations.Length > 0 ? current.Body.Operations[0] : null;
            if (anchor is null || ElementStage(parameter, anchor) is not { } stage || ProducedAnonymous(stage) is not { } created
                || EnclosingLambda(created) is not { } producer)
            {
                break;
            }

            loop = producer;
        }

        return loop;
    }

    /// <summary><c>System.Linq.Enumerable</c>, <c>Queryable</c> or <c>ParallelEnumerable</c> (the types query syntax binds to for collections).</summary>
    private static bool IsQueryOperatorType(INamedTypeSymbol? type) =>
        type is { Name: "Enumerable" or "ParallelEnumerable" or "Queryable", ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
}
