using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// What a state machine's fold reads when its steps are told apart (<see cref="StateMachineSliceAtoms"/>): the folded
/// value is not always where the row index is written. <c>var e = Math.Exp(z[r][c] - max); sum += p[r][c] = e;</c>
/// reads z's row through the local <c>e</c>, and <c>foreach (var v in z[r]) max = Math.Max(max, v);</c> through the
/// collection the foreach variable walks. Both name the row index the machine steps, so a reset that every row step
/// meets makes the fold per row there exactly as when the element is read in place.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// <paramref name="value"/> with the operations it reads through locals: the definition of a local written once at
    /// its declaration, and the collection of a <c>foreach</c> variable (the row it walks), up to
    /// <see cref="MaxIndirectionDepth"/> locals deep.
    /// </summary>
    private List<IOperation> StateMachineReads(IOperation value)
    {
        var reads = new List<IOperation> { value };
        var seen = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        var level = new List<IOperation> { value };
        for (var depth = 0; depth < MaxIndirectionDepth && level.Count > 0; depth++)
        {
            var next = new List<IOperation>();
            foreach (var reference in level.SelectMany(read => read.DescendantsAndSelf()).OfType<ILocalReferenceOperation>())
            {
                if (!seen.Add(reference.Local))
                {
                    continue;
                }

                // The foreach variable is an element of its collection: z[r] names the row it walks.
                var source = ForEachOf(reference.Local)?.Collection ?? SingleDefinitionValue(reference.Local);
                if (source is not null)
                {
                    next.Add(source);
                }
            }

            reads.AddRange(next);
            level = next;
        }

        return reads;
    }
}
