using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Dictionaries of records of rows (<c>Dictionary&lt;int, (double[] Logits, double[] Q)&gt;</c>, HeldOut19's
/// <c>Coma_TotalOverAgents</c>): a buffer of records keyed by the dictionary's keys, like a list of records indexed by
/// position (<see cref="WellKnownSymbols.IsRecordDictionary"/>). <c>logits</c> of
/// <c>foreach (var (id, (logits, _)) in agents)</c> is the member <c>Logits</c> of the entry's value, the row
/// <c>agents[id].Logits</c>: one row of a jagged buffer whose first level is the entries, picked by the walk.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The row a local deconstructed from the value of a dictionary entry stands for; null for any other local.</summary>
    private BufferView? DeconstructedEntryMemberView(ILocalSymbol local, Microsoft.CodeAnalysis.Operations.IForEachLoopOperation forEach) =>
        Unwrap(forEach.Collection)?.Type is { } dictionary && WellKnownSymbols.IsRecordDictionary(dictionary)
        && dictionary is INamedTypeSymbol { TypeArguments: [_, var value] }
        && DeconstructedElements(forEach.LoopControlVariable) is { Elements.Length: 2 } entry
        && DeconstructedPosition(local, entry.Elements[1]) is var (position, count)
        && DeconstructedMember(value, position, count) is { } member
        && EvalView(forEach.Collection) is { Root: not null } records && IteratedElement(records, forEach) is { Dims.Count: > 0 } element
            ? MemberRow(member, element.Dims)
            : null;
}
