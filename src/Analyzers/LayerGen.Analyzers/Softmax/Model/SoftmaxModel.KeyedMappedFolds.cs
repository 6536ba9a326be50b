using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Per-key folds built by LINQ into a dictionary, read back at the key of a walk over the same data:
/// <c>peaks = d.ToDictionary(kv =&gt; kv.Key, kv =&gt; kv.Value.Max())</c> read as <c>peaks[kv.Key]</c> (or through
/// <c>TryGetValue</c>/<c>GetValueOrDefault</c>) while walking <c>d</c>, and
/// <c>peaks = src.GroupBy(r =&gt; r.Query).ToDictionary(g =&gt; g.Key, g =&gt; g.Max(r =&gt; r.Value))</c> read as
/// <c>peaks[r.Query]</c> (or <c>peaks[g.Key]</c> of the same grouping) while walking <c>src</c>. The entry is the fold of
/// that key's own slice, as <c>rowMax[i]</c> is a row's (HeldOut66's <c>TenantScores_TotalAcrossTenants</c>, HeldOut68's
/// <c>GroupedRecords_AllQueriesSum</c>: read as no fold, one sum over every key looked like one distribution). Entries of a
/// dictionary keyed by <c>kv.Key</c> fold a row of the entry (MappedReductions.cs); entries of a grouping fold one
/// segment of the source cut by the key member (<see cref="DimensionClasses.Segment"/>, the cut the keyed loop fold
/// <c>peak[r.Query] = Math.Max(peak[r.Query], r.Value)</c> makes). A key read anyhow else (a constant, another
/// dictionary's walk, another member) keeps the old reading: no fold.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Reads resolved as a per-key fold at the walked slice's own key: not picked along the slice (ShiftSpans.cs).</summary>
    private readonly HashSet<IOperation> _perKeyReads = new();

    /// <summary>
    /// The fold an entry of a LINQ-built per-key dictionary holds, when <paramref name="read"/> (<c>peaks[k]</c>, the
    /// local <c>m</c> of <c>peaks.TryGetValue(k, out m)</c>, <c>peaks.GetValueOrDefault(k)</c>) looks it up at the key of
    /// the slice being walked; else null.
    /// </summary>
    private Reduction? KeyedMappedReduction(IOperation read)
    {
        if (KeyedRead(read) is not var (dictionary, key) || VariableOf(Unwrap(dictionary)) is not ILocalSymbol local
            || WritesOf(local) is not { Count: 1 } writes || PerKeyFolds(writes[0].Value) is not var (source, keySelector, valueSelector)
            || !IsKeyOf(keySelector, "Key"))
        {
            return null;
        }

        var reduction = Unwrap(source) is IInvocationOperation { Arguments.Length: 2 } grouping && Symbols.IsEnumerable(grouping.TargetMethod, "GroupBy")
            ? GroupFold(grouping, valueSelector, key, local.Name)
            : EntryFold(source, valueSelector, key, local.Name);
        if (reduction is not null)
        {
            _perKeyReads.Add(Unwrap(read)!);
        }

        return reduction;
    }

    /// <summary>
    /// The fold of one entry's row an entry of <c>d.ToDictionary(kv =&gt; kv.Key, kv =&gt; kv.Value.Max())</c> holds, read at
    /// <paramref name="key"/>, the key of a walk over <c>d</c> itself (MappedReductions.cs reads the fold); else null.
    /// </summary>
    private Reduction? EntryFold(IOperation source, IAnonymousFunctionOperation valueSelector, IOperation key, string name) =>
        IsKeyed(Unwrap(source)?.Type) && MappedFold(valueSelector) is { Info: var fold } mapped && DictionaryKeyLoop(Unwrap(key)!) is { } walk
        && WalkedView(walk)?.Root is { } walked && SymbolEqualityComparer.Default.Equals(walked, EvalView(source)?.Root)
            ? new Reduction(fold.Kind, name, fold.Atoms, fold.FoldsOr(mapped.Fold), fold.Elements, isPartial: false, fold.StaleAtoms, isInline: false)
            : null;

    /// <summary>
    /// The fold of one group an entry of <c>src.GroupBy(…).ToDictionary(g =&gt; g.Key, g =&gt; g.Max(…))</c> holds, read at
    /// <paramref name="key"/>: over the group's slice where the model reads the groups (a list of records,
    /// KeyedGroups.cs), else over one segment of the source cut by the key member; null when the value selector folds
    /// anything but its group or the key is not the walked element's group.
    /// </summary>
    private Reduction? GroupFold(IInvocationOperation grouping, IAnonymousFunctionOperation valueSelector, IOperation key, string name)
    {
        var returns = valueSelector.Body.Descendants().OfType<IReturnOperation>().Where(ret => EnclosingLambda(ret) == valueSelector).ToList();
        if (returns.Count != 1 || Unwrap(returns[0].ReturnedValue) is not IInvocationOperation fold || WholeReductionKind(fold) is not { } kind
            || !FoldsParameter(fold, valueSelector.Symbol.Parameters[0]) || GroupKey(grouping, key) is not var (root, chain))
        {
            return null;
        }

        if (EvalView(grouping) is { ElementRow: not null } && WholeReduction(fold) is { Atoms.Count: > 0 } known)
        {
            return new Reduction(known.Kind, name, known.Atoms, known.FoldsOr(fold), known.Elements, isPartial: false, known.StaleAtoms, isInline: false);
        }

        if (EvalView(grouping.Arguments[0].Value) is not { Root: not null } view || view.IteratedAtoms(all: false) is not { Count: > 0 } walked)
        {
            return null;
        }

        // One segment per key, as the keyed loop fold peak[r.Query] = Math.Max(peak[r.Query], r.Value) cuts the walk (Segments.cs).
        var segmentName = root.Name + "." + chain[chain.Count - 1];
        var segment = walked.Select(atom => Classes.Segment(atom, segmentName)).ToImmutableHashSet();
        var elements = LambdaArgument(fold) is { } selector ? ReturnedFacts(selector) : ValueFacts.Empty;
        return new Reduction(kind, name, segment, ImmutableArray.Create<IOperation>(fold), elements, isPartial: false, ImmutableHashSet<DimensionAtom>.Empty, isInline: false);
    }

    /// <summary>The dictionary and key of <c>d[k]</c>, <c>d.GetValueOrDefault(k)</c>, or the out local of <c>d.TryGetValue(k, out m)</c>.</summary>
    private (IOperation Dictionary, IOperation Key)? KeyedRead(IOperation read)
    {
        switch (Unwrap(read))
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } instance } indexer when WellKnownSymbols.IsDictionary(Unwrap(instance)?.Type):
                return (instance, indexer.Arguments[0].Value);
            case IInvocationOperation { TargetMethod.Name: "GetValueOrDefault" } call:
                return DictionaryLookup(call);
            case ILocalReferenceOperation { Local: var outLocal } when LookupOuts().TryGetValue(outLocal, out var looked) && looked is not null:
                foreach (var call in _operations.OfType<IInvocationOperation>())
                {
                    if (TryGetValueOut(call) is var (set, _) && SymbolEqualityComparer.Default.Equals(set, outLocal))
                    {
                        return DictionaryLookup(call);
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The source, key selector and value selector of <c>source.ToDictionary(key, value[, comparer])</c>; else null.</summary>
    private (IOperation Source, IAnonymousFunctionOperation Key, IAnonymousFunctionOperation Value)? PerKeyFolds(IOperation? value) =>
        Unwrap(value) is IInvocationOperation { Arguments.Length: 3 or 4 } call && Symbols.IsEnumerable(call.TargetMethod, "ToDictionary")
        && LambdaAt(call.Arguments[1].Value) is { Symbol.Parameters.Length: 1 } key && LambdaAt(call.Arguments[2].Value) is { Symbol.Parameters.Length: 1 } selector
            ? (call.Arguments[0].Value, key, selector)
            : null;

    /// <summary>True when <paramref name="lambda"/> returns only the member <paramref name="member"/> of its parameter (<c>g =&gt; g.Key</c>).</summary>
    private static bool IsKeyOf(IAnonymousFunctionOperation lambda, string member) =>
        lambda.Body.Operations is [IReturnOperation { ReturnedValue: { } returned }]
        && Unwrap(returned) is IPropertyReferenceOperation { Instance: { } instance } property && property.Property.Name == member
        && Unwrap(instance) is IParameterReferenceOperation { Parameter: var parameter }
        && SymbolEqualityComparer.Default.Equals(parameter, lambda.Symbol.Parameters[0]);

    /// <summary>True when <paramref name="fold"/> folds <paramref name="group"/> itself, directly or through <c>Select</c>/<c>Where</c>.</summary>
    private static bool FoldsParameter(IInvocationOperation fold, IParameterSymbol group)
    {
        var folded = Unwrap(fold.Instance ?? (fold.Arguments.Length > 0 ? fold.Arguments[0].Value : null));
        for (var depth = 0; depth < 4 && folded is IInvocationOperation { TargetMethod.Name: "Select" or "Where" or "ToArray" or "ToList" } step; depth++)
        {
            folded = Unwrap(step.Instance ?? (step.Arguments.Length > 0 ? step.Arguments[0].Value : null));
        }

        return folded is IParameterReferenceOperation { Parameter: var parameter } && SymbolEqualityComparer.Default.Equals(parameter, group);
    }

    /// <summary>
    /// The source variable of <paramref name="grouping"/> and its key's member chain (<c>Key.Tenant</c> of
    /// <c>GroupBy(kv =&gt; kv.Key.Tenant)</c>), when <paramref name="key"/> names the group of the element being walked: that
    /// chain read from an element of a walk over the same source, or the <c>Key</c> of a group of a grouping of the same
    /// source by the same chain. Null for any other key.
    /// </summary>
    private (ISymbol Root, List<string> Chain)? GroupKey(IInvocationOperation grouping, IOperation key) =>
        LambdaAt(grouping.Arguments[1].Value) is { Symbol.Parameters.Length: 1 } keyLambda
        && keyLambda.Body.Operations is [IReturnOperation { ReturnedValue: { } keyValue }]
        && MemberChain(keyValue) is ({ Count: > 0 } chain, IParameterReferenceOperation { Parameter: var element })
        && SymbolEqualityComparer.Default.Equals(element, keyLambda.Symbol.Parameters[0])
        && VariableOf(Unwrap(grouping.Arguments[0].Value)) is { } root && ReadsGroupKey(key, root, chain)
            ? (root, chain)
            : null;

    /// <summary>
    /// True when <paramref name="key"/> is the member chain <paramref name="chain"/> of an element of a walk over
    /// <paramref name="root"/> (a LINQ lambda's element, a <c>foreach</c> variable, or the key deconstructed from an entry,
    /// which stands for <c>Key</c>), or the <c>Key</c> of a group made of <paramref name="root"/> by the same chain.
    /// </summary>
    private bool ReadsGroupKey(IOperation key, ISymbol root, IReadOnlyList<string> chain)
    {
        if (MemberChain(key) is not ({ } read, { } element))
        {
            return false;
        }

        switch (element)
        {
            case IParameterReferenceOperation { Parameter: var parameter } when LambdaOf(parameter) is { } lambda && IteratingCall(lambda) is { } call
                && parameter.Ordinal == ElementOrdinal(call):
                var walked = Unwrap(call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null));
                return (read.SequenceEqual(new[] { "Key" }) && IsGroupingOf(walked, root, chain))
                    || (SymbolEqualityComparer.Default.Equals(VariableOf(Uncopied(walked)), root) && read.SequenceEqual(chain));
            case ILocalReferenceOperation { Local: var local } when ForEachOf(local) is { } forEach:
                var collection = Unwrap(forEach.Collection);
                if (read.SequenceEqual(new[] { "Key" }) && IsGroupingOf(collection, root, chain))
                {
                    return true;
                }

                if (!SymbolEqualityComparer.Default.Equals(VariableOf(Uncopied(collection)), root))
                {
                    return false;
                }

                // foreach (var (key, value) in scores): key is the entry's Key; foreach (var (seg, logit) in cells): seg is
                // the element's Segment (DeconstructedMembers.cs).
                return IsDeconstructedKey(local, forEach) ? MemberChainIs("Key", read, chain)
                    : DeconstructedMemberName(local, forEach) is { } member ? MemberChainIs(member, read, chain)
                    : read.SequenceEqual(chain);
            case var indexed when IsIndexedWalkElement(indexed, root):
                // cells[i].Segment under for (i …) over cells: the walked element's member (DeconstructedMembers.cs).
                return read.SequenceEqual(chain);
            default:
                return false;
        }
    }

    /// <summary>True when <paramref name="groups"/> is <c>root.GroupBy(x =&gt; x.chain)</c> (2 arguments).</summary>
    private bool IsGroupingOf(IOperation? groups, ISymbol root, IReadOnlyList<string> chain) =>
        Unwrap(groups) is IInvocationOperation { Arguments.Length: 2 } call && Symbols.IsEnumerable(call.TargetMethod, "GroupBy")
        && SymbolEqualityComparer.Default.Equals(VariableOf(Unwrap(call.Arguments[0].Value)), root)
        && LambdaAt(call.Arguments[1].Value) is { Symbol.Parameters.Length: 1 } keyLambda
        && keyLambda.Body.Operations is [IReturnOperation { ReturnedValue: { } keyValue }]
        && MemberChain(keyValue) is ({ } own, IParameterReferenceOperation { Parameter: var element })
        && SymbolEqualityComparer.Default.Equals(element, keyLambda.Symbol.Parameters[0]) && own.SequenceEqual(chain);

    /// <summary>The names of a chain of parameterless members (<c>kv.Key.Tenant</c> → Key, Tenant) and the operation it starts from.</summary>
    private static (List<string> Chain, IOperation Start)? MemberChain(IOperation? operation)
    {
        var names = new List<string>();
        operation = Unwrap(operation);
        for (var depth = 0; depth < 8; depth++)
        {
            switch (operation)
            {
                case IPropertyReferenceOperation { Arguments.Length: 0, Instance: { } instance } property:
                    names.Add(property.Property.Name);
                    operation = Unwrap(instance);
                    break;
                case IFieldReferenceOperation { Instance: { } instance } field:
                    names.Add(MemberIdentity(field.Field).Name);
                    operation = Unwrap(instance);
                    break;
                case null:
                    return null;
                default:
                    names.Reverse();
                    return (names, operation);
            }
        }

        return null;
    }
}
