using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Nested layouts HeldOut67 found missing (rank-3/4 tensors): a jagged batch as a dictionary's value, rows reached by two
/// nested <c>foreach</c> over lists of lists, a whole rectangular array folded without indices (<c>Cast</c>,
/// <c>foreach</c>). Each buggy spelling is reported at its marker; each correct twin (the same code with the reduction
/// over the softmax axis) stays silent. Labels: a buggy case gives NaN when one row (or pixel) sits 1000 below another
/// (a too-wide max underflows its exps to a zero sum) or overflows for rows offset by +1000 (no shift); a correct case
/// never does.
/// </summary>
public class SoftmaxModelNestedLayoutTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Linq;\n";

    /// <summary>Jagged batches as dictionary values: a peak over the whole value (all its rows) is LG0001.</summary>
    public static TheoryData<string> DictionaryBatchPeaks() => new()
    {
        // The README's reproduction: deconstruction, LINQ exps.
        Usings + """
        public static class R {
            public static void F(IReadOnlyDictionary<string, float[][]> layers) {
                foreach (var (name, rows) in layers) {
                    float peak = rows.Max(r => r.Max()); //~ LG0001
                    for (int i = 0; i < rows.Length; i++) {
                        float[] e = rows[i].Select(v => MathF.Exp(v - peak)).ToArray();
                        float sum = e.Sum();
                        rows[i] = e.Select(v => v / sum).ToArray();
                    }
                }
            }
        }
        """,
        // kv.Value held in a local, loop exps, double.
        Usings + """
        public static class R {
            public static void F(Dictionary<string, double[][]> layers) {
                foreach (var kv in layers) {
                    var rows = kv.Value;
                    double peak = rows.Max(r => r.Max()); //~ LG0001
                    foreach (double[] row in rows) {
                        double z = 0;
                        for (int j = 0; j < row.Length; j++) { row[j] = Math.Exp(row[j] - peak); z += row[j]; }
                        for (int j = 0; j < row.Length; j++) row[j] /= z;
                    }
                }
            }
        }
        """,
        // layers.Values, a loop max over every row of the value.
        Usings + """
        public static class R {
            public static void F(IDictionary<int, float[][]> layers) {
                foreach (float[][] rows in layers.Values) {
                    float peak = float.NegativeInfinity;
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j++) peak = MathF.Max(peak, rows[i][j]); //~ LG0001
                    for (int i = 0; i < rows.Length; i++) {
                        float z = 0f;
                        for (int j = 0; j < rows[i].Length; j++) { rows[i][j] = MathF.Exp(rows[i][j] - peak); z += rows[i][j]; }
                        for (int j = 0; j < rows[i].Length; j++) rows[i][j] /= z;
                    }
                }
            }
        }
        """,
        // kv.Value read directly, deconstruction into a List<float[]> value.
        Usings + """
        public static class R {
            public static void F(Dictionary<string, List<float[]>> layers) {
                foreach (var (name, rows) in layers) {
                    float peak = rows.Max(r => r.Max()); //~ LG0001
                    foreach (float[] row in rows) {
                        float z = 0f;
                        for (int j = 0; j < row.Length; j++) { row[j] = MathF.Exp(row[j] - peak); z += row[j]; }
                        for (int j = 0; j < row.Length; j++) row[j] /= z;
                    }
                }
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(DictionaryBatchPeaks))]
    public Task JaggedBatchAsDictionaryValue_PeakOverTheWholeValue_IsLG0001(string source) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);

    /// <summary>The correct twins: the peak per row of the value.</summary>
    public static TheoryData<string> DictionaryRowPeaks() => new()
    {
        Usings + """
        public static class R {
            public static void F(IReadOnlyDictionary<string, float[][]> layers) {
                foreach (var (name, rows) in layers)
                    for (int i = 0; i < rows.Length; i++) {
                        float peak = rows[i].Max();
                        float[] e = rows[i].Select(v => MathF.Exp(v - peak)).ToArray();
                        float sum = e.Sum();
                        rows[i] = e.Select(v => v / sum).ToArray();
                    }
            }
        }
        """,
        Usings + """
        public static class R {
            public static void F(Dictionary<string, double[][]> layers) {
                foreach (var kv in layers) {
                    var rows = kv.Value;
                    foreach (double[] row in rows) {
                        double peak = row.Max(), z = 0;
                        for (int j = 0; j < row.Length; j++) { row[j] = Math.Exp(row[j] - peak); z += row[j]; }
                        for (int j = 0; j < row.Length; j++) row[j] /= z;
                    }
                }
            }
        }
        """,
        Usings + """
        public static class R {
            public static void F(IDictionary<int, float[][]> layers) {
                foreach (float[][] rows in layers.Values) {
                    for (int i = 0; i < rows.Length; i++) {
                        float peak = float.NegativeInfinity;
                        for (int j = 0; j < rows[i].Length; j++) peak = MathF.Max(peak, rows[i][j]);
                        float z = 0f;
                        for (int j = 0; j < rows[i].Length; j++) { rows[i][j] = MathF.Exp(rows[i][j] - peak); z += rows[i][j]; }
                        for (int j = 0; j < rows[i].Length; j++) rows[i][j] /= z;
                    }
                }
            }
        }
        """,
        Usings + """
        public static class R {
            public static void F(Dictionary<string, List<float[]>> layers) {
                foreach (var (name, rows) in layers) {
                    foreach (float[] row in rows) {
                        float peak = row.Max(), z = 0f;
                        for (int j = 0; j < row.Length; j++) { row[j] = MathF.Exp(row[j] - peak); z += row[j]; }
                        for (int j = 0; j < row.Length; j++) row[j] /= z;
                    }
                }
            }
        }
        """,
        // A dictionary of plain rows (one row per key): the value's peak is the row's own, silent as before.
        Usings + """
        public static class R {
            public static void F(Dictionary<string, double[]> rows) {
                foreach (var (name, row) in rows) {
                    double peak = row.Max(), z = 0;
                    for (int j = 0; j < row.Length; j++) { row[j] = Math.Exp(row[j] - peak); z += row[j]; }
                    for (int j = 0; j < row.Length; j++) row[j] /= z;
                }
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(DictionaryRowPeaks))]
    public Task JaggedBatchAsDictionaryValue_PeakPerRow_IsSilent(string source) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);

    /// <summary>Rows reached by two nested <c>foreach</c> over lists of lists, exponentiated without a shift: LG0003.</summary>
    public static TheoryData<string> NestedListRawExps() => new()
    {
        // The README's reproduction.
        Usings + """
        public static class R {
            public static void F(List<List<double[]>> batch) {
                foreach (List<double[]> sequence in batch)
                    foreach (double[] logits in sequence) {
                        double z = 0;
                        for (int i = 0; i < logits.Length; i++) { logits[i] = Math.Exp(logits[i]); z += logits[i]; } //~ LG0003
                        for (int i = 0; i < logits.Length; i++) logits[i] /= z;
                    }
            }
        }
        """,
        // LINQ exps, float, var elements.
        Usings + """
        public static class R {
            public static void F(List<List<float[]>> batch) {
                foreach (var sequence in batch)
                    foreach (var logits in sequence) {
                        float[] e = logits.Select(v => MathF.Exp(v)).ToArray(); //~ LG0003
                        float z = e.Sum();
                        for (int i = 0; i < logits.Length; i++) logits[i] = e[i] / z;
                    }
            }
        }
        """,
        // Read-only list interfaces.
        Usings + """
        public static class R {
            public static void F(IReadOnlyList<IReadOnlyList<double[]>> batch) {
                foreach (var sequence in batch)
                    foreach (var logits in sequence) {
                        double z = 0;
                        for (int i = 0; i < logits.Length; i++) { logits[i] = Math.Exp(logits[i]); z += logits[i]; } //~ LG0003
                        for (int i = 0; i < logits.Length; i++) logits[i] /= z;
                    }
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(NestedListRawExps))]
    public Task NestedForeachOverListsOfRows_RawExp_IsLG0003(string source) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);

    /// <summary>The correct twins: each row shifted by its own max.</summary>
    public static TheoryData<string> NestedListShiftedExps() => new()
    {
        Usings + """
        public static class R {
            public static void F(List<List<double[]>> batch) {
                foreach (List<double[]> sequence in batch)
                    foreach (double[] logits in sequence) {
                        double m = logits.Max(), z = 0;
                        for (int i = 0; i < logits.Length; i++) { logits[i] = Math.Exp(logits[i] - m); z += logits[i]; }
                        for (int i = 0; i < logits.Length; i++) logits[i] /= z;
                    }
            }
        }
        """,
        Usings + """
        public static class R {
            public static void F(List<List<float[]>> batch) {
                foreach (var sequence in batch)
                    foreach (var logits in sequence) {
                        float m = logits.Max();
                        float[] e = logits.Select(v => MathF.Exp(v - m)).ToArray();
                        float z = e.Sum();
                        for (int i = 0; i < logits.Length; i++) logits[i] = e[i] / z;
                    }
            }
        }
        """,
        Usings + """
        public static class R {
            public static void F(IReadOnlyList<IReadOnlyList<double[]>> batch) {
                foreach (var sequence in batch)
                    foreach (var logits in sequence) {
                        double m = double.NegativeInfinity, z = 0;
                        foreach (double v in logits) m = Math.Max(m, v);
                        for (int i = 0; i < logits.Length; i++) { logits[i] = Math.Exp(logits[i] - m); z += logits[i]; }
                        for (int i = 0; i < logits.Length; i++) logits[i] /= z;
                    }
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(NestedListShiftedExps))]
    public Task NestedForeachOverListsOfRows_ShiftedPerRow_IsSilent(string source) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);

    /// <summary>
    /// A whole rectangular array folded without indices (<c>Cast</c>, <c>foreach</c>) where the softmax runs over one
    /// axis of it or over the maps holding it: the fold spans more than the softmax axis.
    /// </summary>
    public static TheoryData<string> WholeRectangularFolds() => new()
    {
        // The README's reproduction: double[][,] class maps, the softmax over the classes of one (i, p). LG0004: the
        // shift runs over the pixels of a class, the sum over the classes of a pixel.
        Usings + """
        public static class R {
            public static void F(double[][,] maps) {
                var shift = new double[maps.Length];
                for (int k = 0; k < maps.Length; k++) shift[k] = maps[k].Cast<double>().Max(); //~ LG0004
                for (int i = 0; i < maps[0].GetLength(0); i++)
                    for (int p = 0; p < maps[0].GetLength(1); p++) {
                        double s = 0;
                        for (int k = 0; k < maps.Length; k++) { maps[k][i, p] = Math.Exp(maps[k][i, p] - shift[k]); s += maps[k][i, p]; }
                        for (int k = 0; k < maps.Length; k++) maps[k][i, p] /= s;
                    }
            }
        }
        """,
        // The same with a foreach over the map, float, a List<float[,]>.
        Usings + """
        public static class R {
            public static void F(List<float[,]> maps) {
                var shift = new float[maps.Count];
                for (int k = 0; k < maps.Count; k++) {
                    float m = float.NegativeInfinity;
                    foreach (float v in maps[k]) m = MathF.Max(m, v); //~ LG0004
                    shift[k] = m;
                }
                for (int i = 0; i < maps[0].GetLength(0); i++)
                    for (int p = 0; p < maps[0].GetLength(1); p++) {
                        float s = 0f;
                        for (int k = 0; k < maps.Count; k++) { maps[k][i, p] = MathF.Exp(maps[k][i, p] - shift[k]); s += maps[k][i, p]; }
                        for (int k = 0; k < maps.Count; k++) maps[k][i, p] /= s;
                    }
            }
        }
        """,
        // A float[,] parameter, the softmax per row, the peak over the whole array (Cast): LG0001.
        Usings + """
        public static class R {
            public static void F(float[,] x) {
                float peak = x.Cast<float>().Max(); //~ LG0001
                for (int r = 0; r < x.GetLength(0); r++) {
                    float z = 0f;
                    for (int j = 0; j < x.GetLength(1); j++) { x[r, j] = MathF.Exp(x[r, j] - peak); z += x[r, j]; }
                    for (int j = 0; j < x.GetLength(1); j++) x[r, j] /= z;
                }
            }
        }
        """,
        // The same peak by foreach over the double[,] parameter.
        Usings + """
        public static class R {
            public static void F(double[,] x) {
                double peak = double.MinValue;
                foreach (var v in x) peak = Math.Max(peak, v); //~ LG0001
                for (int r = 0; r < x.GetLength(0); r++) {
                    double z = 0;
                    for (int j = 0; j < x.GetLength(1); j++) { x[r, j] = Math.Exp(x[r, j] - peak); z += x[r, j]; }
                    for (int j = 0; j < x.GetLength(1); j++) x[r, j] /= z;
                }
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(WholeRectangularFolds))]
    public Task WholeRectangularFold_SpansMoreThanTheSoftmaxAxis_IsReported(string source) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);

    /// <summary>The correct twins: the fold without indices over exactly the softmax's elements, or a max per pixel.</summary>
    public static TheoryData<string> WholeRectangularFoldsOverTheAxis() => new()
    {
        // The README's correct variant: the max over the classes of each (i, p).
        Usings + """
        public static class R {
            public static void F(double[][,] maps) {
                for (int i = 0; i < maps[0].GetLength(0); i++)
                    for (int p = 0; p < maps[0].GetLength(1); p++) {
                        double m = double.NegativeInfinity, s = 0;
                        for (int k = 0; k < maps.Length; k++) m = Math.Max(m, maps[k][i, p]);
                        for (int k = 0; k < maps.Length; k++) { maps[k][i, p] = Math.Exp(maps[k][i, p] - m); s += maps[k][i, p]; }
                        for (int k = 0; k < maps.Length; k++) maps[k][i, p] /= s;
                    }
            }
        }
        """,
        // A spatial softmax per map: the per-map max (Cast) used for that map only, the sum over the whole map.
        Usings + """
        public static class R {
            public static void F(double[][,] maps) {
                for (int k = 0; k < maps.Length; k++) {
                    double m = maps[k].Cast<double>().Max(), s = 0;
                    for (int i = 0; i < maps[k].GetLength(0); i++)
                        for (int p = 0; p < maps[k].GetLength(1); p++) { maps[k][i, p] = Math.Exp(maps[k][i, p] - m); s += maps[k][i, p]; }
                    for (int i = 0; i < maps[k].GetLength(0); i++)
                        for (int p = 0; p < maps[k].GetLength(1); p++) maps[k][i, p] /= s;
                }
            }
        }
        """,
        // The same with foreach over the map, float, a List<float[,]>.
        Usings + """
        public static class R {
            public static void F(List<float[,]> maps) {
                foreach (float[,] map in maps) {
                    float m = float.NegativeInfinity, s = 0f;
                    foreach (float v in map) m = MathF.Max(m, v);
                    for (int i = 0; i < map.GetLength(0); i++)
                        for (int p = 0; p < map.GetLength(1); p++) { map[i, p] = MathF.Exp(map[i, p] - m); s += map[i, p]; }
                    for (int i = 0; i < map.GetLength(0); i++)
                        for (int p = 0; p < map.GetLength(1); p++) map[i, p] /= s;
                }
            }
        }
        """,
        // A float[,] parameter as one distribution: the peak (Cast) and the sum over all of it; only LG0008's hint
        // (one distribution over the whole buffer), as for the same peak written with index loops.
        Usings + """
        public static class R {
            public static void F(float[,] x) {
                float peak = x.Cast<float>().Max(), z = 0f;
                for (int r = 0; r < x.GetLength(0); r++)
                    for (int j = 0; j < x.GetLength(1); j++) { x[r, j] = MathF.Exp(x[r, j] - peak); z += x[r, j]; } //~ LG0008
                for (int r = 0; r < x.GetLength(0); r++)
                    for (int j = 0; j < x.GetLength(1); j++) x[r, j] /= z;
            }
        }
        """,
        // The per-row softmax with the peak per row.
        Usings + """
        public static class R {
            public static void F(double[,] x) {
                for (int r = 0; r < x.GetLength(0); r++) {
                    double peak = double.MinValue, z = 0;
                    for (int j = 0; j < x.GetLength(1); j++) peak = Math.Max(peak, x[r, j]);
                    for (int j = 0; j < x.GetLength(1); j++) { x[r, j] = Math.Exp(x[r, j] - peak); z += x[r, j]; }
                    for (int j = 0; j < x.GetLength(1); j++) x[r, j] /= z;
                }
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(WholeRectangularFoldsOverTheAxis))]
    public Task WholeRectangularFold_OverTheSoftmaxAxis_IsSilent(string source) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
}
