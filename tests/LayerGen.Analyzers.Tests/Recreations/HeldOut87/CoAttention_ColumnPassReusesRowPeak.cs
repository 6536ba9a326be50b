// Idiom: a row softmax followed by a column softmax of the same score matrix (bidirectional attention flow).
// Use: BiDAF-style attention: context-to-query (rows) and query-to-context (columns) weights.
// Layout: flat float span, row-major [n · m]; row i = Slice(i · m, m), column j strided by m.
// Bug: LG0004 — the row peaks `rowPeak[i]` (max over j) are reused to shift the column softmax, whose sum runs over i.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.CoAttention_ColumnPassReusesRowPeak;

public static class BidirectionalFlow
{
    public static void Weights(ReadOnlySpan<float> s, int n, int m, Span<float> rowW, Span<float> colW)
    {
        var rowPeak = new float[n];
        for (int i = 0; i < n; i++)
        {
            float peak = float.NegativeInfinity;
            foreach (float v in s.Slice(i * m, m)) peak = MathF.Max(peak, v); //~ LG0004
            rowPeak[i] = peak;
        }

        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<float> r = s.Slice(i * m, m);
            Span<float> w = rowW.Slice(i * m, m);
            float z = 0f;
            for (int j = 0; j < m; j++) z += w[j] = MathF.Exp(r[j] - rowPeak[i]);
            for (int j = 0; j < m; j++) w[j] /= z;
        }

        for (int j = 0; j < m; j++)
        {
            float z = 0f;
            for (int i = 0; i < n; i++) z += colW[i * m + j] = MathF.Exp(s[i * m + j] - rowPeak[i]);
            for (int i = 0; i < n; i++) colW[i * m + j] /= z;
        }
    }
}
