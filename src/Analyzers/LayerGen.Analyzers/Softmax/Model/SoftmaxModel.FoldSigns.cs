using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The sign with which an extreme reads the data of a logit (ShiftForms.cs): <c>m = Math.Max(m, -x[i])</c>,
/// <c>if (-v &gt; m) m = -v</c>, <c>x.Max(v =&gt; -v)</c> and <c>x.Select(v =&gt; -v).Max()</c> fold the data negated, so
/// <c>m</c> is minus the minimum of <c>x</c>: <c>exp(x - m)</c> is <c>exp(x + min x)</c>, no shift, while
/// <c>exp(-x - m)</c> is a softmin shifted by its maximum. Known only when every fold reads one term of the same
/// buffer (same text, the same foreach collection or LINQ source) with a numeric coefficient; anything else
/// (a copy of the data, a scale of unknown sign, a helper) is unknown.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// Whether every fold of <paramref name="bound"/> (a max or min) reads <paramref name="logit"/>'s buffer negated,
    /// with the fold's kind; null when unknown.
    /// </summary>
    private (bool Negated, ReductionKind Kind)? FoldDataSign(IOperation bound, IOperation logit)
    {
        if (DataSourceKey(logit) is not { } source || FoldedValues(bound) is not { Count: > 0 } folded)
        {
            return null;
        }

        var kind = folded[0].Kind;
        bool? negated = null;
        foreach (var (foldKind, value) in folded)
        {
            var terms = new List<AdditiveTerm>();
            if (foldKind != kind || !CollectAdditiveTerms(value, negative: false, new List<string>(), terms, depth: 0))
            {
                return null;
            }

            var data = terms.Where(term => Eval(term.Atom).RawRoots.Count > 0 || DataSourceKey(term.Atom) is not null).ToList();
            if (data.Count != 1 || NumericProduct(Factors(data[0].Coefficient)) is null || DataSourceKey(data[0].Atom) != source
                || negated is { } known && known != data[0].Negative)
            {
                return null;
            }

            negated = data[0].Negative;
        }

        return negated is { } sign ? (sign, kind) : null;
    }

    /// <summary>
    /// What a max or min folds: the values of a local's accumulations (<c>m = Math.Max(m, v)</c>, <c>if (v &gt; m) m = v</c>),
    /// or of a LINQ <c>Max</c>/<c>Min</c> written inline or in a local once (the selector's result, a <c>Select</c>'s
    /// projection, or the source itself); null when none is known.
    /// </summary>
    private List<(ReductionKind Kind, IOperation Value)>? FoldedValues(IOperation bound)
    {
        var read = Unwrap(bound);
        if (read is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: > 0 } writes)
        {
            var folds = writes.Select(write => Accumulation(local, write.Operation, write.Value))
                .Where(accumulation => accumulation is { Kind: ReductionKind.Max or ReductionKind.Min })
                .Select(accumulation => (accumulation!.Value.Kind, accumulation.Value.Value)).ToList();
            if (folds.Count > 0)
            {
                return folds;
            }

            if (writes.Count == 1 && writes[0].Operation is IVariableDeclaratorOperation)
            {
                read = Unwrap(writes[0].Value);
            }
        }

        if (read is not IInvocationOperation call || call.Arguments.Length is not (1 or 2))
        {
            return null;
        }

        var kind = Symbols.IsEnumerable(call.TargetMethod, "Max") ? ReductionKind.Max
            : Symbols.IsEnumerable(call.TargetMethod, "Min") ? ReductionKind.Min
            : (ReductionKind?)null;
        if (kind is null)
        {
            return null;
        }

        var value = call.Arguments.Length == 2 ? LambdaResult(call.Arguments[1].Value)
            : Unwrap(call.Arguments[0].Value) is IInvocationOperation { Arguments.Length: 2 } select && Symbols.IsEnumerable(select.TargetMethod, "Select")
                ? LambdaResult(select.Arguments[1].Value)
                : call.Arguments[0].Value;
        return value is null ? null : new List<(ReductionKind, IOperation)> { (kind.Value, value) };
    }

    /// <summary>The one returned value of a lambda passed as a delegate; null for anything else.</summary>
    private static IOperation? LambdaResult(IOperation argument)
    {
        var function = Unwrap(argument);
        while (function is IDelegateCreationOperation creation)
        {
            function = Unwrap(creation.Target);
        }

        return function is IAnonymousFunctionOperation { Body.Operations: { Length: 1 } operations } && operations[0] is IReturnOperation { ReturnedValue: { } returned }
            ? returned
            : null;
    }

    /// <summary>
    /// The buffer a data read walks, as compact text: an element's array or indexed instance, a foreach variable's
    /// collection, a LINQ lambda parameter's source, or a collection read whole; null otherwise.
    /// </summary>
    private string? DataSourceKey(IOperation operation)
    {
        switch (Unwrap(operation))
        {
            case IArrayElementReferenceOperation element:
                return Compact(Unwrap(element.ArrayReference)!.Syntax.ToString());
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance }:
                return Compact(Unwrap(instance)!.Syntax.ToString());
            case ILocalReferenceOperation { Local: var local } when ForEachOf(local) is { } loop:
                return Compact(Unwrap(loop.Collection)!.Syntax.ToString());
            case IParameterReferenceOperation { Parameter: var parameter } when parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.LambdaMethod }:
                return parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellationToken).FirstAncestorOrSelf<LambdaExpressionSyntax>() is { } lambda
                    && lambda.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } } }
                    ? Compact(access.Expression.ToString())
                    : null;
            case { Type: IArrayTypeSymbol } whole when VariableOf(whole) is not null:
                return Compact(whole.Syntax.ToString());
            default:
                return null;
        }
    }
}
