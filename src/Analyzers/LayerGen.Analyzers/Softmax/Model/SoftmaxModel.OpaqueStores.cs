using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Values the model cannot read, stored into a buffer's elements (HeldOut72 <c>CosineBounded256_RetrievalScores</c>):
/// <c>row[k] = 20f * TensorPrimitives.CosineSimilarity(q, key)</c> in a loop, then <c>MathF.Exp(row[j])</c> or
/// <c>Vector256.Exp(Vector256.LoadUnsafe(ref r0, j))</c>. Exponentiated directly the library call is opaque and no
/// LG0003 is raised; the store used to drop that opacity (only exps, shifts and probabilities are stored), so the later
/// read fell back to the buffer's incoming data and was judged raw logits. A plain store (<c>=</c>, or a vector
/// <c>Store</c>/<c>StoreUnsafe</c>/<c>CopyTo</c>) in a loop whose value is opaque and reads no raw data now marks the
/// buffer's elements opaque, as the value read directly is. Values the model reads (a copy of raw logits, a loop dot
/// product) are stored as before and stay raw at the read.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="facts"/>, stored by <paramref name="write"/> (an element write or a vector store call),
    /// are an opaque value replacing elements: a plain store inside a loop of a value that is opaque, reads no raw data
    /// and holds no exp (those are stored on their own).
    /// </summary>
    private bool IsOpaqueReplacement(IOperation write, ValueFacts facts) =>
        facts.IsOpaque && facts.RawRoots.Count == 0 && facts.Exps.Count == 0
        && write is ISimpleAssignmentOperation { IsRef: false } or IInvocationOperation
        && EnclosingLoop(write) is not null;
}
