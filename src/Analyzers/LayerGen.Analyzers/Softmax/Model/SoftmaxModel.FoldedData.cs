using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Which data a fold and an exp read (FoldSigns.cs): the buffer by symbol, and whether it still holds what the folds
/// read where the exp reads it. <c>m = max(-x)</c>, then <c>x[i] = -x[i]</c> (or <c>x[i] *= -1</c>, or
/// <c>x = new double[n]</c> refilled), then <c>exp(x - m)</c>: the exp reads other data than the fold (there, a softmin
/// shifted by its own maximum). A write of the buffer (an element, or the variable) is between the two when its value
/// reaches the exp's read on a path that passes no write of the folded local (reaching definitions, FlowIndex); the
/// exp's own write (<c>x[i] = Math.Exp(x[i] - m)</c>, in place) and a write of the very element read after the read
/// in the same iteration (the next iteration reads another element) are not.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The buffer a data read walks: its compact text (<c>x</c>, <c>x[r]</c>), its root symbol, and where it is read
    /// (for a LINQ lambda's parameter, the call that runs the lambda); null when no symbol is known.
    /// </summary>
    private (string Text, ISymbol Root, IOperation Position)? DataSource(IOperation operation)
    {
        var read = Unwrap(operation)!;
        switch (read)
        {
            case IArrayElementReferenceOperation element:
                return Keyed(element.ArrayReference, RootOf(element), read);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance }:
                return Keyed(instance, RootOf(read), read);
            case ILocalReferenceOperation { Local: var local } when ForEachOf(local) is { } loop:
                return Keyed(loop.Collection, CollectionRoot(loop.Collection), read);
            case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.LambdaMethod } } parameter
                when LinqCallOf(parameter) is { } call && (call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null)) is { } source:
                return Keyed(source, CollectionRoot(source), call);
            case { Type: IArrayTypeSymbol } whole when VariableOf(whole) is { } variable:
                return Keyed(whole, variable, read);
            default:
                return null;
        }
    }

    private static (string, ISymbol, IOperation)? Keyed(IOperation buffer, ISymbol? root, IOperation position) =>
        root is null ? null : (Compact(Unwrap(buffer)!.Syntax.ToString()), root, position);

    private ISymbol? CollectionRoot(IOperation collection) => VariableOf(collection) ?? EvalView(Unwrap(collection)!)?.Root;

    /// <summary>The LINQ call whose lambda argument declares <paramref name="parameter"/>'s parameter (<c>x.Max(v =&gt; -v)</c>).</summary>
    private static IInvocationOperation? LinqCallOf(IParameterReferenceOperation parameter)
    {
        for (var current = parameter.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation function)
            {
                if (!SymbolEqualityComparer.Default.Equals(function.Symbol, parameter.Parameter.ContainingSymbol))
                {
                    continue;
                }

                var outer = function.Parent;
                while (outer is IDelegateCreationOperation or IConversionOperation or IArgumentOperation)
                {
                    outer = outer.Parent;
                }

                return outer as IInvocationOperation;
            }
        }

        return null;
    }

    /// <summary>
    /// True when no write of <paramref name="source"/>'s buffer lies between the folds (<paramref name="folds"/>, the
    /// writes or calls that fold the bound) and the read <paramref name="logit"/> at the exp: the data folded is the data
    /// exponentiated. A write is between when some fold's value reaches it and its own value reaches the exp's read,
    /// each on a path that passes no write of the bound (<paramref name="kills"/>).
    /// </summary>
    private bool DataUnchangedSinceFolds(IReadOnlyList<IOperation> folds, IReadOnlyList<IOperation> kills, (string Text, ISymbol Root, IOperation Position) source, IOperation logit)
    {
        var use = source.Position;
        var read = Unwrap(logit)!;
        bool Between(IOperation write) => Flow.Reaches(write, use, kills) && folds.Any(fold => Flow.Reaches(fold, write, kills));
        foreach (var write in ElementWritesInto(source.Root))
        {
            if (Contains(write.Operation, use))
            {
                // The exp's own write: x[i] = Math.Exp(x[i] - m) replaces the element after reading it.
                continue;
            }

            if (SameElement(write.Target, read) && EnclosingLoop(write.Operation) is { } body && Contains(body, read)
                && write.Operation.Syntax.SpanStart > read.Syntax.Span.End)
            {
                // The very element, written after the read in the same iteration: the next iteration reads another one.
                continue;
            }

            if (Between(write.Operation))
            {
                return false;
            }
        }

        // The variable given another buffer (x = new double[n]) after the folds.
        return !WritesOf(source.Root).Any(write => !Contains(write.Operation, use) && Between(write.Operation));
    }
}
