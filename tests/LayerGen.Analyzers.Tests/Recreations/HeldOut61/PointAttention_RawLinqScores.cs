// Idiom: point-cloud neighbour attention written with LINQ: exp of each neighbour's scaled dot product, divided by the
// sum, with no maximum subtracted (overflow to inf/NaN once a score passes ~88).
// Layout: List<Vector3> queries and keys, List<int[]> neighbour lists; weights out List<float[]>.
// Inspired by: LINQ-heavy point-cloud snippets (read for style only; own code).
// Bug: LG0003 (unshifted exp of the scores feeding the normalisation).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace HeldOut61.PointAttention_RawLinqScores;

public static class LocalAttention
{
    public static List<float[]> Weights(List<Vector3> queries, List<Vector3> keys, List<int[]> neighbourLists, float scale)
    {
        var result = new List<float[]>(queries.Count);
        for (int i = 0; i < queries.Count; i++)
        {
            Vector3 q = queries[i];
            float[] e = neighbourLists[i].Select(j => MathF.Exp(Vector3.Dot(q, keys[j]) * scale)).ToArray(); //~ LG0003
            float z = e.Sum();
            result.Add(e.Select(v => v / z).ToArray());
        }

        return result;
    }
}
