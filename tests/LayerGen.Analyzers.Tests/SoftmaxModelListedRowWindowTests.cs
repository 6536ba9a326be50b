using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// listrows2: a flat row taken from a list (<c>row = rows[i]</c> of a jagged array, a <c>List&lt;double[]&gt;</c>, a span
/// over a jagged row) and read split by strides elsewhere. A walk of a window of it is that window's unit stride, as for
/// a flat array (the review failure <c>ForeachOverASlice_WalksTheSliceOnly_AsItsIndexedTwin</c>), and a log-sum-exp merge
/// of its chunks is one shift (the review failure <c>EverySumOfOneShift_IsSilent</c>, jagged LSE merge), in <c>for</c> and
/// <c>while</c> spellings; buggy twins (a whole-row maximum, unmerged chunk sums) stay reported.
/// </summary>
public sealed class SoftmaxModelListedRowWindowTests
{
    /// <summary>A maximum over the first window only (<c>j &lt; size</c>, a slice <c>AsSpan(0, size)</c>) of a listed row also read by strides, and of a flat array: the window's unit stride, as the flat array's, never the whole row.</summary>
    public static TheoryData<string> WindowMaxima => new()
    {
        // window_jagged_for
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                double[] row = rows[i]; double[] o = result[i];
                double top = double.NegativeInfinity;
                for (int j = 0; j < size; j++) top = Math.Max(top, row[j]);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // window_flat_for
        """
        public static void F(double[] row, int size, double[] o) {
            {
                double top = double.NegativeInfinity;
                for (int j = 0; j < size; j++) top = Math.Max(top, row[j]);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // window_jagged_while
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                double[] row = rows[i]; double[] o = result[i];
                double top = double.NegativeInfinity;
                int j = 0;
                while (j < size) { top = Math.Max(top, row[j]); j++; }
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // window_flat_while
        """
        public static void F(double[] row, int size, double[] o) {
            {
                double top = double.NegativeInfinity;
                int j = 0;
                while (j < size) { top = Math.Max(top, row[j]); j++; }
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // window_jagged_foreachSlice
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                double[] row = rows[i]; double[] o = result[i];
                double top = double.NegativeInfinity;
                foreach (double v in row.AsSpan(0, size)) top = Math.Max(top, v);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // window_flat_foreachSlice
        """
        public static void F(double[] row, int size, double[] o) {
            {
                double top = double.NegativeInfinity;
                foreach (double v in row.AsSpan(0, size)) top = Math.Max(top, v);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // window_list_for
        """
        public static void F(List<double[]> rows, int size, List<double[]> result) {
            for (int i = 0; i < rows.Count; i++) {
                var row = rows[i]; var o = result[i];
                double top = double.NegativeInfinity;
                for (int j = 0; j < size; j++) top = Math.Max(top, row[j]);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // window_list_while
        """
        public static void F(List<double[]> rows, int size, List<double[]> result) {
            for (int i = 0; i < rows.Count; i++) {
                var row = rows[i]; var o = result[i];
                double top = double.NegativeInfinity;
                int j = 0;
                while (j < size) { top = Math.Max(top, row[j]); j++; }
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // window_list_foreachSlice
        """
        public static void F(List<double[]> rows, int size, List<double[]> result) {
            for (int i = 0; i < rows.Count; i++) {
                var row = rows[i]; var o = result[i];
                double top = double.NegativeInfinity;
                foreach (double v in row.AsSpan(0, size)) top = Math.Max(top, v);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // window_span_for
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                ReadOnlySpan<double> row = rows[i]; Span<double> o = result[i];
                double top = double.NegativeInfinity;
                for (int j = 0; j < size; j++) top = Math.Max(top, row[j]);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // window_span_while
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                ReadOnlySpan<double> row = rows[i]; Span<double> o = result[i];
                double top = double.NegativeInfinity;
                int j = 0;
                while (j < size) { top = Math.Max(top, row[j]); j++; }
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // window_span_foreachSlice
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                ReadOnlySpan<double> row = rows[i]; Span<double> o = result[i];
                double top = double.NegativeInfinity;
                foreach (double v in row.Slice(0, size)) top = Math.Max(top, v);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
    };

    /// <summary>A maximum over the whole listed row (<c>j &lt; row.Length</c>, <c>foreach</c> over the row) subtracted in every window's softmax: over more than the window its sum runs over (LG0001).</summary>
    public static TheoryData<string> WholeRowMaxima => new()
    {
        // whole_jagged_for
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                double[] row = rows[i]; double[] o = result[i];
                double top = double.NegativeInfinity;
                for (int j = 0; j < row.Length; j++) top = Math.Max(top, row[j]);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // whole_jagged_while
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                double[] row = rows[i]; double[] o = result[i];
                double top = double.NegativeInfinity;
                int j = 0;
                while (j < row.Length) { top = Math.Max(top, row[j]); j++; }
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // whole_jagged_foreach
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                double[] row = rows[i]; double[] o = result[i];
                double top = double.NegativeInfinity;
                foreach (double v in row) top = Math.Max(top, v);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // whole_list_for
        """
        public static void F(List<double[]> rows, int size, List<double[]> result) {
            for (int i = 0; i < rows.Count; i++) {
                var row = rows[i]; var o = result[i];
                double top = double.NegativeInfinity;
                for (int j = 0; j < row.Length; j++) top = Math.Max(top, row[j]);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // whole_list_while
        """
        public static void F(List<double[]> rows, int size, List<double[]> result) {
            for (int i = 0; i < rows.Count; i++) {
                var row = rows[i]; var o = result[i];
                double top = double.NegativeInfinity;
                int j = 0;
                while (j < row.Length) { top = Math.Max(top, row[j]); j++; }
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // whole_list_foreach
        """
        public static void F(List<double[]> rows, int size, List<double[]> result) {
            for (int i = 0; i < rows.Count; i++) {
                var row = rows[i]; var o = result[i];
                double top = double.NegativeInfinity;
                foreach (double v in row) top = Math.Max(top, v);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // whole_span_for
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                ReadOnlySpan<double> row = rows[i]; Span<double> o = result[i];
                double top = double.NegativeInfinity;
                for (int j = 0; j < row.Length; j++) top = Math.Max(top, row[j]);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // whole_span_while
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                ReadOnlySpan<double> row = rows[i]; Span<double> o = result[i];
                double top = double.NegativeInfinity;
                int j = 0;
                while (j < row.Length) { top = Math.Max(top, row[j]); j++; }
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // whole_span_foreach
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                ReadOnlySpan<double> row = rows[i]; Span<double> o = result[i];
                double top = double.NegativeInfinity;
                foreach (double v in row) top = Math.Max(top, v);
                for (int start = 0; start < row.Length; start += size) {
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
    };

    /// <summary>Each window's own maximum: correct.</summary>
    public static TheoryData<string> OwnWindowMaxima => new()
    {
        // own_jagged_for
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                double[] row = rows[i]; double[] o = result[i];
                for (int start = 0; start < row.Length; start += size) {
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < size; j++) top = Math.Max(top, row[start + j]);
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // own_jagged_while
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                double[] row = rows[i]; double[] o = result[i];
                for (int start = 0; start < row.Length; start += size) {
                    double top = double.NegativeInfinity;
                    int j = 0;
                    while (j < size) { top = Math.Max(top, row[start + j]); j++; }
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // own_list_for
        """
        public static void F(List<double[]> rows, int size, List<double[]> result) {
            for (int i = 0; i < rows.Count; i++) {
                var row = rows[i]; var o = result[i];
                for (int start = 0; start < row.Length; start += size) {
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < size; j++) top = Math.Max(top, row[start + j]);
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // own_list_while
        """
        public static void F(List<double[]> rows, int size, List<double[]> result) {
            for (int i = 0; i < rows.Count; i++) {
                var row = rows[i]; var o = result[i];
                for (int start = 0; start < row.Length; start += size) {
                    double top = double.NegativeInfinity;
                    int j = 0;
                    while (j < size) { top = Math.Max(top, row[start + j]); j++; }
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // own_span_for
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                ReadOnlySpan<double> row = rows[i]; Span<double> o = result[i];
                for (int start = 0; start < row.Length; start += size) {
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < size; j++) top = Math.Max(top, row[start + j]);
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
        // own_span_while
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                ReadOnlySpan<double> row = rows[i]; Span<double> o = result[i];
                for (int start = 0; start < row.Length; start += size) {
                    double top = double.NegativeInfinity;
                    int j = 0;
                    while (j < size) { top = Math.Max(top, row[start + j]); j++; }
                    double z = 0.0;
                    for (int t = 0; t < size; t++) { o[start + t] = Math.Exp(row[start + t] - top); z += o[start + t]; }
                    for (int t = 0; t < size; t++) o[start + t] /= z;
                }
            }
        }
        """,
    };

    /// <summary>A log-sum-exp merge of per-chunk sums of a listed row, each part moved to the merged maximum by <c>exp(peak - merged)</c>: correct.</summary>
    public static TheoryData<string> ChunkMerges => new()
    {
        // lse_jagged_for
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                double[] row = rows[i]; double[] o = result[i];
                double top = double.NegativeInfinity, total = 0;
                for (int k = 0; k < row.Length / size; k++) {
                    double peak = double.NegativeInfinity, part = 0;
                    for (int j = 0; j < size; j++) peak = Math.Max(peak, row[k * size + j]);
                    for (int j = 0; j < size; j++) part += Math.Exp(row[k * size + j] - peak);
                    double merged = Math.Max(top, peak);
                    total = total * Math.Exp(top - merged) + part * Math.Exp(peak - merged);
                    top = merged;
                }
                for (int n = 0; n < row.Length; n++) o[n] = Math.Exp(row[n] - top) / total;
            }
        }
        """,
        // lse_jagged_while
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                double[] row = rows[i]; double[] o = result[i];
                double top = double.NegativeInfinity, total = 0;
                int k = 0;
                while (k < row.Length / size) {
                    double peak = double.NegativeInfinity, part = 0;
                    int j = 0;
                    while (j < size) { peak = Math.Max(peak, row[k * size + j]); j++; }
                    j = 0;
                    while (j < size) { part += Math.Exp(row[k * size + j] - peak); j++; }
                    double merged = Math.Max(top, peak);
                    total = total * Math.Exp(top - merged) + part * Math.Exp(peak - merged);
                    top = merged;
                    k++;
                }
                int n = 0;
                while (n < row.Length) { o[n] = Math.Exp(row[n] - top) / total; n++; }
            }
        }
        """,
        // lse_list_for
        """
        public static void F(List<double[]> rows, int size, List<double[]> result) {
            for (int i = 0; i < rows.Count; i++) {
                var row = rows[i]; var o = result[i];
                double top = double.NegativeInfinity, total = 0;
                for (int k = 0; k < row.Length / size; k++) {
                    double peak = double.NegativeInfinity, part = 0;
                    for (int j = 0; j < size; j++) peak = Math.Max(peak, row[k * size + j]);
                    for (int j = 0; j < size; j++) part += Math.Exp(row[k * size + j] - peak);
                    double merged = Math.Max(top, peak);
                    total = total * Math.Exp(top - merged) + part * Math.Exp(peak - merged);
                    top = merged;
                }
                for (int n = 0; n < row.Length; n++) o[n] = Math.Exp(row[n] - top) / total;
            }
        }
        """,
        // lse_list_while
        """
        public static void F(List<double[]> rows, int size, List<double[]> result) {
            for (int i = 0; i < rows.Count; i++) {
                var row = rows[i]; var o = result[i];
                double top = double.NegativeInfinity, total = 0;
                int k = 0;
                while (k < row.Length / size) {
                    double peak = double.NegativeInfinity, part = 0;
                    int j = 0;
                    while (j < size) { peak = Math.Max(peak, row[k * size + j]); j++; }
                    j = 0;
                    while (j < size) { part += Math.Exp(row[k * size + j] - peak); j++; }
                    double merged = Math.Max(top, peak);
                    total = total * Math.Exp(top - merged) + part * Math.Exp(peak - merged);
                    top = merged;
                    k++;
                }
                int n = 0;
                while (n < row.Length) { o[n] = Math.Exp(row[n] - top) / total; n++; }
            }
        }
        """,
        // lse_span_for
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                ReadOnlySpan<double> row = rows[i]; Span<double> o = result[i];
                double top = double.NegativeInfinity, total = 0;
                for (int k = 0; k < row.Length / size; k++) {
                    double peak = double.NegativeInfinity, part = 0;
                    for (int j = 0; j < size; j++) peak = Math.Max(peak, row[k * size + j]);
                    for (int j = 0; j < size; j++) part += Math.Exp(row[k * size + j] - peak);
                    double merged = Math.Max(top, peak);
                    total = total * Math.Exp(top - merged) + part * Math.Exp(peak - merged);
                    top = merged;
                }
                for (int n = 0; n < row.Length; n++) o[n] = Math.Exp(row[n] - top) / total;
            }
        }
        """,
        // lse_span_while
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                ReadOnlySpan<double> row = rows[i]; Span<double> o = result[i];
                double top = double.NegativeInfinity, total = 0;
                int k = 0;
                while (k < row.Length / size) {
                    double peak = double.NegativeInfinity, part = 0;
                    int j = 0;
                    while (j < size) { peak = Math.Max(peak, row[k * size + j]); j++; }
                    j = 0;
                    while (j < size) { part += Math.Exp(row[k * size + j] - peak); j++; }
                    double merged = Math.Max(top, peak);
                    total = total * Math.Exp(top - merged) + part * Math.Exp(peak - merged);
                    top = merged;
                    k++;
                }
                int n = 0;
                while (n < row.Length) { o[n] = Math.Exp(row[n] - top) / total; n++; }
            }
        }
        """,
    };

    /// <summary>The same per-chunk parts added without moving them to one shift (<c>total += part</c>): a sum of mixed shifts (LG0002).</summary>
    public static TheoryData<string> ChunkSumsUnmerged => new()
    {
        // lsebad_jagged_for
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                double[] row = rows[i]; double[] o = result[i];
                double top = double.NegativeInfinity, total = 0;
                for (int k = 0; k < row.Length / size; k++) {
                    double peak = double.NegativeInfinity, part = 0;
                    for (int j = 0; j < size; j++) peak = Math.Max(peak, row[k * size + j]);
                    for (int j = 0; j < size; j++) part += Math.Exp(row[k * size + j] - peak);
                    double merged = Math.Max(top, peak);
                    total += part;
                    top = merged;
                }
                for (int n = 0; n < row.Length; n++) o[n] = Math.Exp(row[n] - top) / total;
            }
        }
        """,
        // lsebad_jagged_while
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                double[] row = rows[i]; double[] o = result[i];
                double top = double.NegativeInfinity, total = 0;
                int k = 0;
                while (k < row.Length / size) {
                    double peak = double.NegativeInfinity, part = 0;
                    int j = 0;
                    while (j < size) { peak = Math.Max(peak, row[k * size + j]); j++; }
                    j = 0;
                    while (j < size) { part += Math.Exp(row[k * size + j] - peak); j++; }
                    double merged = Math.Max(top, peak);
                    total += part;
                    top = merged;
                    k++;
                }
                int n = 0;
                while (n < row.Length) { o[n] = Math.Exp(row[n] - top) / total; n++; }
            }
        }
        """,
        // lsebad_list_for
        """
        public static void F(List<double[]> rows, int size, List<double[]> result) {
            for (int i = 0; i < rows.Count; i++) {
                var row = rows[i]; var o = result[i];
                double top = double.NegativeInfinity, total = 0;
                for (int k = 0; k < row.Length / size; k++) {
                    double peak = double.NegativeInfinity, part = 0;
                    for (int j = 0; j < size; j++) peak = Math.Max(peak, row[k * size + j]);
                    for (int j = 0; j < size; j++) part += Math.Exp(row[k * size + j] - peak);
                    double merged = Math.Max(top, peak);
                    total += part;
                    top = merged;
                }
                for (int n = 0; n < row.Length; n++) o[n] = Math.Exp(row[n] - top) / total;
            }
        }
        """,
        // lsebad_list_while
        """
        public static void F(List<double[]> rows, int size, List<double[]> result) {
            for (int i = 0; i < rows.Count; i++) {
                var row = rows[i]; var o = result[i];
                double top = double.NegativeInfinity, total = 0;
                int k = 0;
                while (k < row.Length / size) {
                    double peak = double.NegativeInfinity, part = 0;
                    int j = 0;
                    while (j < size) { peak = Math.Max(peak, row[k * size + j]); j++; }
                    j = 0;
                    while (j < size) { part += Math.Exp(row[k * size + j] - peak); j++; }
                    double merged = Math.Max(top, peak);
                    total += part;
                    top = merged;
                    k++;
                }
                int n = 0;
                while (n < row.Length) { o[n] = Math.Exp(row[n] - top) / total; n++; }
            }
        }
        """,
        // lsebad_span_for
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                ReadOnlySpan<double> row = rows[i]; Span<double> o = result[i];
                double top = double.NegativeInfinity, total = 0;
                for (int k = 0; k < row.Length / size; k++) {
                    double peak = double.NegativeInfinity, part = 0;
                    for (int j = 0; j < size; j++) peak = Math.Max(peak, row[k * size + j]);
                    for (int j = 0; j < size; j++) part += Math.Exp(row[k * size + j] - peak);
                    double merged = Math.Max(top, peak);
                    total += part;
                    top = merged;
                }
                for (int n = 0; n < row.Length; n++) o[n] = Math.Exp(row[n] - top) / total;
            }
        }
        """,
        // lsebad_span_while
        """
        public static void F(double[][] rows, int size, double[][] result) {
            for (int i = 0; i < rows.Length; i++) {
                ReadOnlySpan<double> row = rows[i]; Span<double> o = result[i];
                double top = double.NegativeInfinity, total = 0;
                int k = 0;
                while (k < row.Length / size) {
                    double peak = double.NegativeInfinity, part = 0;
                    int j = 0;
                    while (j < size) { peak = Math.Max(peak, row[k * size + j]); j++; }
                    j = 0;
                    while (j < size) { part += Math.Exp(row[k * size + j] - peak); j++; }
                    double merged = Math.Max(top, peak);
                    total += part;
                    top = merged;
                    k++;
                }
                int n = 0;
                while (n < row.Length) { o[n] = Math.Exp(row[n] - top) / total; n++; }
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(WindowMaxima))]
    [MemberData(nameof(OwnWindowMaxima))]
    [MemberData(nameof(ChunkMerges))]
    public async Task CorrectOrWindowReadings_AreSilent(string method) =>
        Assert.Empty(await ReportedIds(method));

    [Theory]
    [MemberData(nameof(WholeRowMaxima))]
    public async Task WholeRowMaximumPerWindow_IsLG0001(string method) =>
        Assert.Equal(new[] { "LG0001" }, await ReportedIds(method));

    [Theory]
    [MemberData(nameof(ChunkSumsUnmerged))]
    public async Task UnmergedChunkSums_AreLG0002(string method) =>
        Assert.Equal(new[] { "LG0002" }, await ReportedIds(method));

    private static async Task<List<string>> ReportedIds(string method) =>
        (await FixRunner.ReportedIdsAsync("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nstatic class C {\n" + method + "\n}\n")).OrderBy(id => id, StringComparer.Ordinal).ToList();
}
