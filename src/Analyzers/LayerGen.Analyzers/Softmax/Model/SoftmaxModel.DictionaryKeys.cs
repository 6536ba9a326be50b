using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Dictionaries read at the keys of a walk over a dictionary: <c>exps[kv.Key]</c> inside <c>foreach (var kv in doc)</c>,
/// <c>exps[label]</c> inside <c>foreach (var label in doc.Keys)</c> or <c>doc.Keys.Select(label =&gt; …)</c>. The key
/// steps with that walk, so the element read (or written) is the walk's element of the other dictionary: one entry per
/// iteration, like <c>y[i]</c> under <c>for (i …)</c>.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>An array, list (any indexed read-only list, immutable ones too) or dictionary of numeric dictionaries: rows of labelled scores.</summary>
    private static bool IsDictionaryRows(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol { Rank: 1 } array => WellKnownSymbols.IsNumericDictionary(array.ElementType),
        // ImmutableArray<FrozenDictionary<int, float>> too: any indexed read-only list of them (HeldOut85).
        INamedTypeSymbol { TypeArguments.Length: 1 } list when list.Name is "List" or "IList" or "IReadOnlyList" or "IEnumerable" || WellKnownSymbols.IsIndexedReadOnlyList(list) =>
            WellKnownSymbols.IsNumericDictionary(list.TypeArguments[0]),
        _ => WellKnownSymbols.IsDictionaryOfNumericDictionaries(type),
    };

    /// <summary>The loop (a <c>foreach</c> or a LINQ lambda) whose element's key <paramref name="index"/> is; null otherwise.</summary>
    private IOperation? DictionaryKeyLoop(IOperation index)
    {
        switch (index)
        {
            // kv.Key of kv walking a dictionary.
            case IPropertyReferenceOperation { Property.Name: "Key", Instance: { } pair } when pair.Type is INamedTypeSymbol { Name: "KeyValuePair" }:
                return WalkOver(Unwrap(pair), keysOnly: false);
            // label walking doc.Keys, or the key of foreach (var (label, score) in doc).
            case ILocalReferenceOperation { Local: var key } when ForEachOf(key) is { } forEach && IsDeconstructedKey(key, forEach):
                return IsKeyed(Unwrap(forEach.Collection)?.Type) ? forEach : null;
            case ILocalReferenceOperation or IParameterReferenceOperation:
                return WalkOver(index, keysOnly: true);
            default:
                return null;
        }
    }

    /// <summary>The <c>foreach</c> or lambda whose element <paramref name="element"/> is, when it walks a dictionary (or its Keys).</summary>
    private IOperation? WalkOver(IOperation? element, bool keysOnly)
    {
        IOperation? loop;
        IOperation? collection;
        switch (element)
        {
            case ILocalReferenceOperation { Local: var local } when ForEachOf(local) is { } forEach:
                loop = forEach;
                collection = forEach.Collection;
                break;
            case IParameterReferenceOperation { Parameter: var parameter } when LambdaOf(parameter) is { } lambda && IteratingCall(lambda) is { } call
                && parameter.Ordinal == ElementOrdinal(call):
                loop = lambda;
                collection = call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
                break;
            default:
                return null;
        }

        collection = Uncopied(collection);
        if (keysOnly)
        {
            return collection is IPropertyReferenceOperation { Property.Name: "Keys", Instance: { } keyed } && IsKeyed(keyed.Type) ? loop : null;
        }

        return IsKeyed(collection?.Type) ? loop : null;
    }

    /// <summary>
    /// <c>logPrior[goal]</c> inside <c>foreach (var (goal, ll) in agent.Scores)</c>, <c>logPrior[kv.Key]</c> inside
    /// <c>scores.Max(kv =&gt; …)</c>: a dictionary read at the key of a walk over another dictionary is that walk's entry,
    /// so the level the key addresses is the walked level (a key is a label, not a position: the same key names the
    /// same entry of the data in every dictionary keyed by it). One-to-one links only.
    /// </summary>
    private void LinkKeyedReads()
    {
        foreach (var operation in _operations)
        {
            if (operation is not IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } instance } read
                || !IsKeyed(Unwrap(instance)?.Type) || DictionaryKeyLoop(Unwrap(read.Arguments[0].Value)!) is not { } walk
                || WalkedView(walk) is not { Root: { } walked } view || SymbolEqualityComparer.Default.Equals(walked, RootOf(read))
                || !ElementDims(read).TryGetValue(walk, out var keyed) || keyed.Count != 1)
            {
                continue;
            }

            LinkOne(keyed.First(), view.IteratedAtoms(all: false));
        }
    }

    /// <summary>The view a key walk walks: the dictionary of a <c>foreach</c> or a LINQ call (through <c>.Keys</c> and copies).</summary>
    private BufferView? WalkedView(IOperation walk)
    {
        var collection = walk switch
        {
            IForEachLoopOperation forEach => forEach.Collection,
            IAnonymousFunctionOperation lambda when IteratingCall(lambda) is { } call => call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null),
            _ => null,
        };
        collection = Uncopied(collection);
        if (collection is IPropertyReferenceOperation { Property.Name: "Keys", Instance: { } keyed })
        {
            collection = Unwrap(keyed);
        }

        return EvalView(collection);
    }

    /// <summary><c>w.Keys.ToList()</c> walked by <c>foreach</c>: a copy of the keys, walked the same way as <c>w.Keys</c>.</summary>
    private static IOperation? Uncopied(IOperation? collection)
    {
        collection = Unwrap(collection);
        return collection is IInvocationOperation { TargetMethod.Name: "ToList" or "ToArray" } copy
            ? Unwrap(copy.Instance ?? (copy.Arguments.Length > 0 ? copy.Arguments[0].Value : null))
            : collection;
    }

    /// <summary>A dictionary of numbers or of rows: its keys address its first level.</summary>
    private static bool IsKeyed(ITypeSymbol? type) =>
        WellKnownSymbols.IsNumericDictionary(type) || WellKnownSymbols.IsRowDictionary(type) || WellKnownSymbols.IsRecordDictionary(type);

    /// <summary>
    /// <c>label</c> of <c>foreach (var (label, scores) in doc)</c>: the first element of a deconstructed walk over a
    /// dictionary is the entry's key (the second, the value, is the walk's element or row).
    /// </summary>
    private static bool IsDeconstructedKey(ILocalSymbol local, IForEachLoopOperation forEach) =>
        DeconstructedPosition(local, forEach.LoopControlVariable) is (0, 2) && IsKeyed(Unwrap(forEach.Collection)?.Type);

    /// <summary>The second element of a deconstructed walk over a dictionary: the entry's value, looked up by its key.</summary>
    private static bool IsDeconstructedValue(ILocalSymbol local, IForEachLoopOperation forEach) =>
        DeconstructedPosition(local, forEach.LoopControlVariable) is (1, 2) && WellKnownSymbols.IsDictionary(Unwrap(forEach.Collection)?.Type);

    /// <summary>
    /// The loops one element of a tuple key (<c>logT[(target[i], source[j])]</c>) moves with: those of its index
    /// arithmetic, the induction variables it reads (also through a span's indexer), and the walk whose element it is
    /// (<c>foreach (var word in target)</c>).
    /// </summary>
    private IEnumerable<IOperation> TupleElementLoops(IOperation element)
    {
        var loops = new HashSet<IOperation>(Linear(element).Terms.Keys);
        loops.UnionWith(LoopsIn(element));
        foreach (var read in element.DescendantsAndSelf().OfType<ILocalReferenceOperation>())
        {
            if (ForEachOf(read.Local) is { } walk && Contains(walk, read))
            {
                loops.Add(walk);
            }
        }

        return loops;
    }
}
