using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A divide-and-conquer helper that splits a sequence into <c>s[..m]</c> and <c>s[m..]</c> (or <c>Slice(0, m)</c> and
/// <c>Slice(m)</c>), returns <c>s[0]</c> for one element and combines the halves with a max or a sum, is read as the max
/// or sum over the whole sequence it is given (HeldOut77's misses <c>HalvingMax_WholeSpanPeak</c>,
/// <c>PairwiseSum_FlatBatchTotal</c>): handed the whole batch it is LG0001/LG0002 at the call, handed one row it is
/// silent. Helpers whose halves do not cover the sequence, or whose base is not one element, are not read.
/// </summary>
public class SoftmaxModelRecursiveHalvesTests
{
    /// <summary>Halving max helpers over <c>ReadOnlySpan&lt;{t}&gt;</c>; <c>{m}</c> is the math class.</summary>
    public static TheoryData<string, string> MaxHelpers => new()
    {
        { """
          static {t} Peak(ReadOnlySpan<{t}> s)
          {
              if (s.Length == 1)
              {
                  return s[0];
              }
              int half = s.Length >> 1;
              {t} left = Peak(s[..half]);
              {t} right = Peak(s[half..]);
              return left >= right ? left : right;
          }
          """, "double" },
        { "static {t} Peak(ReadOnlySpan<{t}> s) => s.Length == 1 ? s[0] : {m}.Max(Peak(s[..(s.Length / 2)]), Peak(s[(s.Length / 2)..]));", "float" },
        { "static {t} Peak(ReadOnlySpan<{t}> s) => s.Length > 1 ? {m}.Max(Peak(s.Slice(0, s.Length / 2)), Peak(s.Slice(s.Length / 2))) : s[0];", "double" },
        { """
          static {t} Peak(ReadOnlySpan<{t}> s) => s.Length switch
          {
              1 => s[0],
              _ => {m}.Max(Peak(s[..(s.Length / 2)]), Peak(s[(s.Length / 2)..])),
          };
          """, "float" },
    };

    /// <summary>Flat row-major batch: the halving max of the whole span is LG0001 at the call; of each row's slice, silent.</summary>
    [Theory]
    [MemberData(nameof(MaxHelpers))]
    public async Task HalvingMax_WholeSpanLG0001_RowSliceSilent(string helper, string type)
    {
        var math = type == "float" ? "MathF" : "Math";
        foreach (var whole in new[] { true, false })
        {
            var (outside, inside) = whole ? ("{t} peak = Peak(x); //~ LG0001", "") : ("", "{t} peak = Peak(x.Slice(off, width));");
            var source = $$"""
                using System;

                public static class Repro
                {
                {{Indent(helper)}}

                    public static void Run(ReadOnlySpan<{t}> x, Span<{t}> y, int width)
                    {
                        {{outside}}
                        for (int off = 0; off < x.Length; off += width)
                        {
                            {{inside}}
                            {t} z = 0;
                            for (int k = 0; k < width; k++) { y[off + k] = {m}.Exp(x[off + k] - peak); z += y[off + k]; }
                            for (int k = 0; k < width; k++) y[off + k] /= z;
                        }
                    }
                }
                """.Replace("{t}", type).Replace("{m}", math);
            await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
        }
    }

    /// <summary>Pairwise sums: the whole buffer's is LG0002 at the call; a row's (jagged, array ranges) is silent.</summary>
    [Theory]
    [InlineData("static {t} Pairs(ReadOnlySpan<{t}> s) => s.Length switch { 0 => 0, 1 => s[0], _ => Pairs(s[..(s.Length / 2)]) + Pairs(s[(s.Length / 2)..]) };", "float", "MathF", "p.AsSpan(r * cols, cols)")]
    [InlineData("static {t} Pairs({t}[] s) => s.Length == 0 ? 0.0 : s.Length == 1 ? s[0] : Pairs(s[..(s.Length / 2)]) + Pairs(s[(s.Length / 2)..]);", "double", "Math", "p[(r * cols)..((r + 1) * cols)]")]
    [InlineData("""
        static {t} Pairs(Span<{t}> s)
        {
            if (s.IsEmpty) return 0;
            if (s.Length == 1) return s[0];
            int m = s.Length / 2;
            return Pairs(s.Slice(0, m)) + Pairs(s.Slice(m));
        }
        """, "double", "Math", "p.AsSpan(r * cols, cols)")]
    public async Task PairwiseSum_WholeBufferLG0002_RowSilent(string helper, string type, string math, string row)
    {
        foreach (var whole in new[] { true, false })
        {
            var source = $$"""
                using System;

                public static class Repro
                {
                {{Indent(helper)}}

                    public static void Run({t}[] x, {t}[] p, int rows, int cols)
                    {
                        for (int r = 0; r < rows; r++)
                        {
                            {t} top = {t}.MinValue;
                            for (int c = 0; c < cols; c++) top = {m}.Max(top, x[r * cols + c]);
                            for (int c = 0; c < cols; c++) p[r * cols + c] = {m}.Exp(x[r * cols + c] - top);
                        }
                        {{(whole ? "{t} z = Pairs(p); //~ LG0002\n        for (int k = 0; k < p.Length; k++) p[k] /= z;" : "for (int r = 0; r < rows; r++)\n        {\n            {t} z = Pairs(" + row + ");\n            for (int c = 0; c < cols; c++) p[r * cols + c] /= z;\n        }")}}
                    }
                }
                """.Replace("{t}", type).Replace("{m}", math);
            await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
        }
    }

    /// <summary>Halving helpers that are no max of the whole span: not read, so the batch call stays silent (as before).</summary>
    [Theory]
    [InlineData("static double Peak(ReadOnlySpan<double> s) => s.Length <= 2 ? s[0] : Math.Max(Peak(s[..(s.Length / 2)]), Peak(s[(s.Length / 2)..]));")]
    [InlineData("static double Peak(ReadOnlySpan<double> s) => s.Length == 1 ? s[0] : Math.Max(Peak(s[..(s.Length / 2)]), Peak(s[(s.Length / 3)..]));")]
    [InlineData("static double Peak(ReadOnlySpan<double> s) => s.Length == 1 ? s[0] : Math.Max(Peak(s[..(s.Length / 2)]), Peak(s[..(s.Length / 2)]));")]
    [InlineData("static double Peak(ReadOnlySpan<double> s) => s.Length == 1 ? s[0] : Peak(s[..(s.Length / 2)]) - Peak(s[(s.Length / 2)..]);")]
    public async Task NotAWholeSpanFold_NotRead(string helper)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                {{helper}}

                public static void Run(ReadOnlySpan<double> x, Span<double> y, int width)
                {
                    double peak = Peak(x);
                    for (int off = 0; off < x.Length; off += width)
                    {
                        double z = 0;
                        for (int k = 0; k < width; k++) { y[off + k] = Math.Exp(x[off + k] - peak); z += y[off + k]; }
                        for (int k = 0; k < width; k++) y[off + k] /= z;
                    }
                }
            }
            """;
        Assert.DoesNotContain(await SourceMarkers.ReportedIdsAtLinesAsync(source), id => id.StartsWith("LG0001", StringComparison.Ordinal) || id.StartsWith("AD0001", StringComparison.Ordinal));
    }

    private static string Indent(string helper) =>
        string.Join("\n", helper.Split('\n').Select(line => "    " + line.TrimEnd('\r')));
}
