// Idiom: soft mesh segmentation: each vertex's part scores are softmaxed over the parts (skinning-weight /
// part-label prediction), written with LINQ per vertex.
// Layout: IReadOnlyDictionary<int, float[]> vertex id -> part scores, foreach deconstruction; result Dictionary<int, float[]>.
// Inspired by: mesh part-segmentation / skinning-weight post-processing snippets (read for style only; own code).
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut61.VertexParts_DictionaryMax;

public static class PartSegmentation
{
    public static Dictionary<int, float[]> Segment(IReadOnlyDictionary<int, float[]> partScores)
    {
        var result = new Dictionary<int, float[]>(partScores.Count);
        foreach (var (vertex, scores) in partScores)
        {
            float top = scores.Max();
            float[] e = scores.Select(s => MathF.Exp(s - top)).ToArray();
            float total = e.Sum();
            result[vertex] = Array.ConvertAll(e, x => x / total);
        }

        return result;
    }
}
