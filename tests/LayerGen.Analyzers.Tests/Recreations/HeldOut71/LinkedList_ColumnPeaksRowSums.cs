// Idiom: LinkedList<float[]> read twice — `foreach` over the values, then a `while (cur is not null)` node walk with
// AddLast into a new list.
// Use: softmax per row of a linked chain of score rows.
// Layout: LinkedList<float[]> (row per node), softmax along the row.
// Bug (LG0004): colPeak[c] is folded down the chain (over the rows, for each column), while the sum runs along a row.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut71.LinkedList_ColumnPeaksRowSums;

public static class RowChain
{
    public static LinkedList<float[]> Softmax(LinkedList<float[]> rows)
    {
        int width = rows.First!.Value.Length;
        var colPeak = new float[width];
        Array.Fill(colPeak, float.NegativeInfinity);
        foreach (float[] r in rows)
            for (int c = 0; c < width; c++)
                colPeak[c] = MathF.Max(colPeak[c], r[c]); //~ LG0004
        var result = new LinkedList<float[]>();
        LinkedListNode<float[]>? cur = rows.First;
        while (cur is not null)
        {
            float[] e = new float[width];
            float z = 0f;
            for (int c = 0; c < width; c++) z += e[c] = MathF.Exp(cur.Value[c] - colPeak[c]);
            for (int c = 0; c < width; c++) e[c] /= z;
            result.AddLast(e);
            cur = cur.Next;
        }
        return result;
    }
}
