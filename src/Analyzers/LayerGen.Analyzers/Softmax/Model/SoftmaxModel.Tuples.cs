using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Tuples built as values (<c>Select(v =&gt; (v.Value, E: Math.Exp(v.Weight)))</c>, <c>list.Add((id, Math.Exp(s)))</c>):
/// like any record (<see cref="WellKnownSymbols.IsRecord"/>), a tuple holds what its elements hold, so a member read
/// later (<c>Sum(t =&gt; t.E)</c>, <c>foreach (var (value, e) in exps)</c>) sees the exp made in the projection.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private ValueFacts TupleValue(ITupleOperation tuple)
    {
        var facts = ValueFacts.Empty;
        foreach (var element in tuple.Elements)
        {
            if (WellKnownSymbols.IsNumeric(element.Type))
            {
                facts = facts.Merge(Eval(element));
            }
        }

        return facts;
    }
}
