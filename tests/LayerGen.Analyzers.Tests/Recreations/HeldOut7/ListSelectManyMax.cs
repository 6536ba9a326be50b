// Source: C# training code that keeps a mini-batch as List<float[]> and takes the "stability" shift with LINQ
// over the flattened batch (batch.SelectMany(r => r).Max()), then normalises each row.
// Layout: List<float[]> of rows; softmax over each row.
// Bug LG0001: the LINQ maximum spans every row of the batch.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut7.ListSelectManyMax
{
    public static class BatchList
    {
        public static List<float[]> Softmax(List<float[]> batch)
        {
            float shift = batch.SelectMany(r => r).Max(); //~ LG0001
            var result = new List<float[]>(batch.Count);
            foreach (float[] row in batch)
            {
                float[] e = row.Select(v => MathF.Exp(v - shift)).ToArray();
                float s = e.Sum();
                result.Add(e.Select(v => v / s).ToArray());
            }

            return result;
        }
    }
}
