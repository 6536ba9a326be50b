using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Exps shifted per slice (a pixel's classes) but summed over several slices (an image row) and divided in a separate
/// pass over the wider range (HeldOut38's ParallelRows_RowTotal): each pixel's exps carry their own shift, so no pixel
/// (and no row) sums to 1 whatever slice the division walks. LG0002 at the sum, as when the division runs inside the
/// pixel loop. The new cases read the row as one dimension (a jagged row or a rectangular position at
/// <c>x * classes + c</c>), where only the loops tell the per-pixel peak from the per-row total; the layouts whose
/// dimensions are apart were found before and are kept as the concept's other spellings. Correct twins stay silent: a
/// total per pixel divided in a separate pass by the right pixel's total, one peak for the whole row, a constant
/// shift, an online softmax or log-sum-exp merge that rescales its running sum, and sums of probabilities or of
/// log-partition terms.
/// </summary>
public class SoftmaxModelStepShiftTests
{
    public static TheoryData<string> PerPixelShiftsRowTotals => new()
    {
        // The blind file's shape (HeldOut38 ParallelRows_RowTotal) with a plain for over the image rows: a jagged row
        // read at x * classes + c, one flat division pass over the row.
        """
        public static float[][] Run(float[][] rows, int classes)
        {
            var result = new float[rows.Length][];
            for (int y = 0; y < rows.Length; y++)
            {
                float[] row = rows[y];
                var outRow = new float[row.Length];
                int width = row.Length / classes;
                float rowSum = 0f;
                for (int x = 0; x < width; x++)
                {
                    float m = float.MinValue;
                    for (int c = 0; c < classes; c++)
                        m = MathF.Max(m, row[x * classes + c]);
                    for (int c = 0; c < classes; c++)
                    {
                        outRow[x * classes + c] = MathF.Exp(row[x * classes + c] - m);
                        rowSum += outRow[x * classes + c];
                    }
                }
                for (int i = 0; i < outRow.Length; i++)
                    outRow[i] /= rowSum;
                result[y] = outRow;
            }
            return result;
        }
        """,

        // No row alias: rows[y][x * classes + c] and outs[y][i] directly.
        """
        public static void Run(float[][] rows, float[][] outs, int classes, int width)
        {
            for (int y = 0; y < rows.Length; y++)
            {
                float rowSum = 0f;
                for (int x = 0; x < width; x++)
                {
                    float m = float.MinValue;
                    for (int c = 0; c < classes; c++)
                        m = MathF.Max(m, rows[y][x * classes + c]);
                    for (int c = 0; c < classes; c++)
                    {
                        outs[y][x * classes + c] = MathF.Exp(rows[y][x * classes + c] - m);
                        rowSum += outs[y][x * classes + c];
                    }
                }
                for (int i = 0; i < width * classes; i++)
                    outs[y][i] /= rowSum;
            }
        }
        """,

        // The division as nested pixel/class loops after the pixel loop, a seeded if-fold for the peak, a double total.
        """
        public static void Run(float[][] rows, float[][] probs, int classes, int width) {
            for (int y = 0; y < rows.Length; y++) {
                double total = 0;
                for (int x = 0; x < width; x++) {
                    float peak = rows[y][x * classes];
                    for (int c = 1; c < classes; c++) if (rows[y][x * classes + c] > peak) peak = rows[y][x * classes + c];
                    for (int c = 0; c < classes; c++) { float e = MathF.Exp(rows[y][x * classes + c] - peak); probs[y][x * classes + c] = e; total += e; }
                }
                for (int x = 0; x < width; x++)
                    for (int c = 0; c < classes; c++) probs[y][x * classes + c] = (float)(probs[y][x * classes + c] / total);
            }
        }
        """,

        // while loops over rows and pixels, row aliases of input and output.
        """
        public static void Run(double[][] rows, double[][] probs, int classes) {
            int y = 0;
            while (y < rows.Length) {
                double[] src = rows[y], dst = probs[y];
                double sum = 0;
                int x = 0;
                while (x < src.Length / classes) {
                    double mx = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++) mx = Math.Max(mx, src[x * classes + c]);
                    for (int c = 0; c < classes; c++) { dst[x * classes + c] = Math.Exp(src[x * classes + c] - mx); sum += dst[x * classes + c]; }
                    x++;
                }
                for (int i = 0; i < dst.Length; i++) dst[i] /= sum;
                y++;
            }
        }
        """,

        // Spans over the jagged rows.
        """
        public static void Run(float[][] rows, float[][] outs, int classes) {
            for (int y = 0; y < rows.Length; y++) {
                ReadOnlySpan<float> row = rows[y]; Span<float> o = outs[y];
                float rowSum = 0f;
                for (int x = 0; x < row.Length / classes; x++) {
                    float m = float.MinValue;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, row[x * classes + c]);
                    for (int c = 0; c < classes; c++) { o[x * classes + c] = MathF.Exp(row[x * classes + c] - m); rowSum += o[x * classes + c]; }
                }
                for (int i = 0; i < o.Length; i++) o[i] /= rowSum;
            }
        }
        """,

        // A rectangular [H, W * C] image: one rank position read at x * classes + c.
        """
        public static void Run(float[,] img, float[,] prob, int classes) {
            int width = img.GetLength(1) / classes;
            for (int y = 0; y < img.GetLength(0); y++) {
                float rowSum = 0f;
                for (int x = 0; x < width; x++) {
                    float m = float.MinValue;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, img[y, x * classes + c]);
                    for (int c = 0; c < classes; c++) { prob[y, x * classes + c] = MathF.Exp(img[y, x * classes + c] - m); rowSum += prob[y, x * classes + c]; }
                }
                for (int i = 0; i < img.GetLength(1); i++) prob[y, i] /= rowSum;
            }
        }
        """,

        // The division as a LINQ Select over the row's exps.
        """
        public static float[][] Run(float[][] rows, int classes) {
            var result = new float[rows.Length][];
            for (int y = 0; y < rows.Length; y++) {
                float[] row = rows[y]; var exps = new float[row.Length]; float rowSum = 0f;
                for (int x = 0; x < row.Length / classes; x++) {
                    float m = float.MinValue;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, row[x * classes + c]);
                    for (int c = 0; c < classes; c++) { exps[x * classes + c] = MathF.Exp(row[x * classes + c] - m); rowSum += exps[x * classes + c]; }
                }
                result[y] = exps.Select(e => e / rowSum).ToArray();
            }
            return result;
        }
        """,

        // A whole LINQ max per pixel (Skip/Take), recomputed at every pixel step.
        """
        public static void Run(double[][] rows, double[][] outs, int classes) {
            for (int y = 0; y < rows.Length; y++) {
                double[] row = rows[y]; double[] o = outs[y];
                double rowSum = 0;
                for (int x = 0; x < row.Length / classes; x++) {
                    double m = row.Skip(x * classes).Take(classes).Max();
                    for (int c = 0; c < classes; c++) { o[x * classes + c] = Math.Exp(row[x * classes + c] - m); rowSum += o[x * classes + c]; }
                }
                for (int i = 0; i < o.Length; i++) o[i] /= rowSum;
            }
        }
        """,

        // The division inside the pixel loop (found before: the running total is read mid-way).
        """
        public static void Run(float[][] rows, int classes) {
            for (int y = 0; y < rows.Length; y++) {
                float[] row = rows[y]; var outRow = new float[row.Length]; int width = row.Length / classes; float rowSum = 0f;
                for (int x = 0; x < width; x++) {
                    float m = float.MinValue;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, row[x * classes + c]);
                    for (int c = 0; c < classes; c++) { outRow[x * classes + c] = MathF.Exp(row[x * classes + c] - m); rowSum += outRow[x * classes + c]; }
                    for (int c = 0; c < classes; c++) outRow[x * classes + c] /= rowSum;
                }
                rows[y] = outRow;
            }
        }
        """,

        // A jagged [H][W][C] image, a foreach peak per pixel: the dimensions are apart (found before).
        """
        public static void Run(float[][][] img, float[][][] prob) {
            for (int y = 0; y < img.Length; y++) {
                float rowSum = 0f;
                for (int x = 0; x < img[y].Length; x++) {
                    float m = float.MinValue;
                    foreach (float v in img[y][x]) m = MathF.Max(m, v);
                    for (int c = 0; c < img[y][x].Length; c++) { prob[y][x][c] = MathF.Exp(img[y][x][c] - m); rowSum += prob[y][x][c]; }
                }
                for (int x = 0; x < img[y].Length; x++) for (int c = 0; c < img[y][x].Length; c++) prob[y][x][c] /= rowSum;
            }
        }
        """,

        // float[n, h, w, c], a peak per pixel, one total per image, a second pass over the image (found before).
        """
        public static void Run(float[,,,] s, float[,,,] p) {
            for (int n = 0; n < s.GetLength(0); n++) {
                float z = 0f;
                for (int y = 0; y < s.GetLength(1); y++)
                    for (int x = 0; x < s.GetLength(2); x++) {
                        float m = float.MinValue;
                        for (int k = 0; k < s.GetLength(3); k++) m = MathF.Max(m, s[n, y, x, k]);
                        for (int k = 0; k < s.GetLength(3); k++) { p[n, y, x, k] = MathF.Exp(s[n, y, x, k] - m); z += p[n, y, x, k]; }
                    }
                for (int y = 0; y < s.GetLength(1); y++) for (int x = 0; x < s.GetLength(2); x++) for (int k = 0; k < s.GetLength(3); k++) p[n, y, x, k] /= z;
            }
        }
        """,

        // Flat NCHW, the peak over the channels, the total over the plane and channels, a flat division (found before).
        """
        public static void Run(float[] s, float[] p, int batch, int ch, int h, int w) {
            int plane = h * w;
            for (int n = 0; n < batch; n++) {
                float z = 0f;
                for (int q = 0; q < plane; q++) {
                    float m = float.MinValue;
                    for (int c = 0; c < ch; c++) m = MathF.Max(m, s[(n * ch + c) * plane + q]);
                    for (int c = 0; c < ch; c++) { float e = MathF.Exp(s[(n * ch + c) * plane + q] - m); p[(n * ch + c) * plane + q] = e; z += e; }
                }
                for (int i = 0; i < ch * plane; i++) p[n * ch * plane + i] /= z;
            }
        }
        """,

        // float[rows, cols], a peak per row, one total over the matrix divided in a second pass (found before).
        """
        public static void Run(double[,] x, double[,] y) {
            double total = 0;
            for (int r = 0; r < x.GetLength(0); r++) {
                double m = double.MinValue;
                for (int c = 0; c < x.GetLength(1); c++) m = Math.Max(m, x[r, c]);
                for (int c = 0; c < x.GetLength(1); c++) { y[r, c] = Math.Exp(x[r, c] - m); total += y[r, c]; }
            }
            for (int r = 0; r < x.GetLength(0); r++) for (int c = 0; c < x.GetLength(1); c++) y[r, c] /= total;
        }
        """,

        // A span per image row of a flat buffer, a span slice per pixel (found before).
        """
        public static void Run(float[] img, float[] outp, int height, int width, int classes) {
            for (int yy = 0; yy < height; yy++) {
                ReadOnlySpan<float> row = img.AsSpan(yy * width * classes, width * classes);
                Span<float> dst = outp.AsSpan(yy * width * classes, width * classes);
                float rowSum = 0f;
                for (int x = 0; x < width; x++) {
                    ReadOnlySpan<float> px = row.Slice(x * classes, classes);
                    float m = float.MinValue;
                    for (int c = 0; c < px.Length; c++) m = MathF.Max(m, px[c]);
                    for (int c = 0; c < classes; c++) { dst[x * classes + c] = MathF.Exp(px[c] - m); rowSum += dst[x * classes + c]; }
                }
                for (int i = 0; i < dst.Length; i++) dst[i] /= rowSum;
            }
        }
        """,
    };

    public static TheoryData<string> OneShiftPerSum => new()
    {
        // A total per pixel (pixSum[x]) divided in a separate pass by that pixel's total.
        """
        public static void Run(float[][] rows, float[][] outs, int classes) {
            for (int y = 0; y < rows.Length; y++) {
                float[] row = rows[y]; float[] o = outs[y]; int width = row.Length / classes;
                var pixSum = new float[width];
                for (int x = 0; x < width; x++) {
                    float m = float.MinValue;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, row[x * classes + c]);
                    for (int c = 0; c < classes; c++) { o[x * classes + c] = MathF.Exp(row[x * classes + c] - m); pixSum[x] += o[x * classes + c]; }
                }
                for (int x = 0; x < width; x++) for (int c = 0; c < classes; c++) o[x * classes + c] /= pixSum[x];
            }
        }
        """,

        // A scalar total per pixel stored per pixel, the flat division pass picking pixSum[i / classes].
        """
        public static void Run(float[][] rows, float[][] outs, int classes) {
            for (int y = 0; y < rows.Length; y++) {
                float[] row = rows[y]; float[] o = outs[y]; int width = row.Length / classes;
                var pixSum = new float[width];
                for (int x = 0; x < width; x++) {
                    float m = float.MinValue, s = 0f;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, row[x * classes + c]);
                    for (int c = 0; c < classes; c++) { o[x * classes + c] = MathF.Exp(row[x * classes + c] - m); s += o[x * classes + c]; }
                    pixSum[x] = s;
                }
                for (int i = 0; i < o.Length; i++) o[i] /= pixSum[i / classes];
            }
        }
        """,

        // Spans, a stackalloc'd total per pixel, divided in a separate pass.
        """
        public static void Run(float[][] rows, float[][] outs, int classes) {
            for (int y = 0; y < rows.Length; y++) {
                ReadOnlySpan<float> row = rows[y]; Span<float> o = outs[y];
                Span<float> sums = stackalloc float[row.Length / classes];
                for (int x = 0; x < sums.Length; x++) {
                    float m = float.MinValue;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, row[x * classes + c]);
                    float s = 0f;
                    for (int c = 0; c < classes; c++) { o[x * classes + c] = MathF.Exp(row[x * classes + c] - m); s += o[x * classes + c]; }
                    sums[x] = s;
                }
                for (int x = 0; x < sums.Length; x++) for (int c = 0; c < classes; c++) o[x * classes + c] /= sums[x];
            }
        }
        """,

        // The per-pixel softmax in place: peak and total reset per pixel, divided in the pixel loop.
        """
        public static void Run(float[][] rows, int classes) {
            for (int y = 0; y < rows.Length; y++) {
                float[] row = rows[y]; int width = row.Length / classes;
                for (int x = 0; x < width; x++) {
                    float m = float.MinValue, s = 0f;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, row[x * classes + c]);
                    for (int c = 0; c < classes; c++) { row[x * classes + c] = MathF.Exp(row[x * classes + c] - m); s += row[x * classes + c]; }
                    for (int c = 0; c < classes; c++) row[x * classes + c] /= s;
                }
            }
        }
        """,

        // A rectangular [H, W * C] image, a per-pixel softmax.
        """
        public static void Run(float[,] img, float[,] prob, int classes) {
            int width = img.GetLength(1) / classes;
            for (int y = 0; y < img.GetLength(0); y++) {
                for (int x = 0; x < width; x++) {
                    float m = float.MinValue, s = 0f;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, img[y, x * classes + c]);
                    for (int c = 0; c < classes; c++) { prob[y, x * classes + c] = MathF.Exp(img[y, x * classes + c] - m); s += prob[y, x * classes + c]; }
                    for (int c = 0; c < classes; c++) prob[y, x * classes + c] /= s;
                }
            }
        }
        """,

        // One peak over the whole row, one total over the row: a softmax over the row, by design.
        """
        public static void Run(float[][] rows, float[][] outs, int classes) {
            for (int y = 0; y < rows.Length; y++) {
                float[] row = rows[y]; float[] o = outs[y]; int width = row.Length / classes;
                float m = float.MinValue;
                for (int x = 0; x < width; x++) for (int c = 0; c < classes; c++) m = MathF.Max(m, row[x * classes + c]);
                float rowSum = 0f;
                for (int x = 0; x < width; x++)
                    for (int c = 0; c < classes; c++) { o[x * classes + c] = MathF.Exp(row[x * classes + c] - m); rowSum += o[x * classes + c]; }
                for (int i = 0; i < o.Length; i++) o[i] /= rowSum;
            }
        }
        """,

        // The row's peak recomputed at every pixel over the whole row: the same shift for every term.
        """
        public static void Run(float[][] rows, float[][] outs, int classes) {
            for (int y = 0; y < rows.Length; y++) {
                float[] row = rows[y]; float[] o = outs[y]; int width = row.Length / classes;
                float rowSum = 0f;
                for (int x = 0; x < width; x++) {
                    float m = float.MinValue;
                    for (int i = 0; i < row.Length; i++) m = MathF.Max(m, row[i]);
                    for (int c = 0; c < classes; c++) { o[x * classes + c] = MathF.Exp(row[x * classes + c] - m); rowSum += o[x * classes + c]; }
                }
                for (int i = 0; i < o.Length; i++) o[i] /= rowSum;
            }
        }
        """,

        // The same with a LINQ Max over the whole row at every pixel.
        """
        public static void Run(double[][] rows, double[][] outs, int classes) {
            for (int y = 0; y < rows.Length; y++) {
                double[] row = rows[y]; double[] o = outs[y];
                double rowSum = 0;
                for (int x = 0; x < row.Length / classes; x++) {
                    double m = row.Max();
                    for (int c = 0; c < classes; c++) { o[x * classes + c] = Math.Exp(row[x * classes + c] - m); rowSum += o[x * classes + c]; }
                }
                for (int i = 0; i < o.Length; i++) o[i] /= rowSum;
            }
        }
        """,

        // A constant shift (a clamp bound) for every term.
        """
        public static void Run(double[][] rows, double[][] outs, int classes) {
            for (int y = 0; y < rows.Length; y++) {
                double[] row = rows[y]; double[] o = outs[y]; int width = row.Length / classes;
                double rowSum = 0;
                for (int x = 0; x < width; x++)
                    for (int c = 0; c < classes; c++) { o[x * classes + c] = Math.Exp(Math.Min(row[x * classes + c], 700.0) - 700.0); rowSum += o[x * classes + c]; }
                for (int i = 0; i < o.Length; i++) o[i] /= rowSum;
            }
        }
        """,

        // An online softmax over the row: per-pixel peaks, the running total rescaled whenever the running peak moves.
        """
        public static void Run(float[][] rows, float[][] outs, int classes) {
            for (int y = 0; y < rows.Length; y++) {
                float[] row = rows[y]; float[] o = outs[y]; int width = row.Length / classes;
                float run = float.NegativeInfinity, rowSum = 0f;
                for (int x = 0; x < width; x++) {
                    float m = float.MinValue;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, row[x * classes + c]);
                    float next = MathF.Max(run, m);
                    float part = 0f;
                    for (int c = 0; c < classes; c++) part += MathF.Exp(row[x * classes + c] - next);
                    rowSum = rowSum * MathF.Exp(run - next) + part;
                    run = next;
                }
                for (int i = 0; i < o.Length; i++) o[i] = MathF.Exp(row[i] - run) / rowSum;
            }
        }
        """,

        // A log-sum-exp merge of per-chunk statistics.
        """
        public static void Run(double[][] rows, double[][] outs, int chunk) {
            for (int y = 0; y < rows.Length; y++) {
                double[] row = rows[y]; double top = double.NegativeInfinity, total = 0;
                for (int k = 0; k < row.Length / chunk; k++) {
                    double peak = double.NegativeInfinity, part = 0;
                    for (int j = 0; j < chunk; j++) peak = Math.Max(peak, row[k * chunk + j]);
                    for (int j = 0; j < chunk; j++) part += Math.Exp(row[k * chunk + j] - peak);
                    double merged = Math.Max(top, peak);
                    total = total * Math.Exp(top - merged) + part * Math.Exp(peak - merged);
                    top = merged;
                }
                for (int i = 0; i < row.Length; i++) outs[y][i] = Math.Exp(row[i] - top) / total;
            }
        }
        """,

        // Flash attention over key blocks: a peak per block, the running sum and accumulator rescaled.
        """
        public static void Run(float[][] q, float[][] k, float[][] v, float[][] o, int block) {
            int n = k.Length, d = q[0].Length;
            for (int i = 0; i < q.Length; i++) {
                float mRun = float.NegativeInfinity, l = 0f; var acc = new float[d];
                for (int b = 0; b < n; b += block) {
                    int end = Math.Min(n, b + block);
                    var s = new float[end - b];
                    float mb = float.NegativeInfinity;
                    for (int j = b; j < end; j++) { float dot = 0f; for (int t = 0; t < d; t++) dot += q[i][t] * k[j][t]; s[j - b] = dot; mb = MathF.Max(mb, dot); }
                    float mNew = MathF.Max(mRun, mb);
                    float scale = MathF.Exp(mRun - mNew);
                    l *= scale;
                    for (int t = 0; t < d; t++) acc[t] *= scale;
                    for (int j = b; j < end; j++) { float p = MathF.Exp(s[j - b] - mNew); l += p; for (int t = 0; t < d; t++) acc[t] += p * v[j][t]; }
                    mRun = mNew;
                }
                for (int t = 0; t < d; t++) o[i][t] = acc[t] / l;
            }
        }
        """,

        // Per-pixel softmax, then a mean confidence per class summed over every pixel's probabilities.
        """
        public static float[] Run(float[][] rows, float[][] outs, int classes) {
            var conf = new float[classes];
            for (int y = 0; y < rows.Length; y++) {
                float[] row = rows[y]; float[] o = outs[y];
                for (int x = 0; x < row.Length / classes; x++) {
                    float m = float.MinValue, s = 0f;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, row[x * classes + c]);
                    for (int c = 0; c < classes; c++) { o[x * classes + c] = MathF.Exp(row[x * classes + c] - m); s += o[x * classes + c]; }
                    for (int c = 0; c < classes; c++) { o[x * classes + c] /= s; conf[c] += o[x * classes + c]; }
                }
            }
            for (int c = 0; c < classes; c++) conf[c] /= rows.Length;
            return conf;
        }
        """,

        // Per-pixel log-partition terms m + log(s) added over the image: no division by the exps' sum.
        """
        public static double Run(double[][] rows, int classes) {
            double logZ = 0;
            for (int y = 0; y < rows.Length; y++) {
                double[] row = rows[y];
                for (int x = 0; x < row.Length / classes; x++) {
                    double m = double.NegativeInfinity, s = 0;
                    for (int c = 0; c < classes; c++) m = Math.Max(m, row[x * classes + c]);
                    for (int c = 0; c < classes; c++) s += Math.Exp(row[x * classes + c] - m);
                    logZ += m + Math.Log(s);
                }
            }
            return logZ;
        }
        """,
    };

    /// <summary>
    /// The stop-41 review's false LG0002 (before the integration mend): a sum restarted under a condition inside the one
    /// flat loop that also restarts the shift, and a per-step max whose reads revisit the same elements through a
    /// counter under <c>/</c> or <c>%</c> (the row's max recomputed for each of its pixels, a ring read from each step).
    /// </summary>
    public static TheoryData<string> ReviewedCorrectSpellings => new()
    {
        // Stop 41 review, P19_FlatConditionalReset: correct, checked numerically at offsets 0 and ±1000.
        """
        // correct: one flat loop over P*C; the pixel's max found and its sum reset at c == 0; divided at c == C-1
        public static void Run(float[] l, int P, int C, float[] y) {
            float m = 0f, s = 0f;
            for (int i = 0; i < P * C; i++) {
                int x = i / C, c = i % C;
                if (c == 0) {
                    m = float.NegativeInfinity;
                    for (int k = 0; k < C; k++) m = MathF.Max(m, l[x * C + k]);
                    s = 0f;
                }
                y[i] = MathF.Exp(l[i] - m);
                s += y[i];
                if (c == C - 1)
                    for (int k = 0; k < C; k++) y[x * C + k] /= s;
            }
        }
        """,
        // Stop 41 review, P25_FlatResetSumsStored: correct, checked numerically at offsets 0 and ±1000.
        """
        // correct: flat loop; pixel's max and sum restarted at c == 0; the sum stored at c == C-1; divided in a separate pass
        public static void Run(float[] l, int P, int C, float[] y) {
            var sums = new float[P];
            float m = 0f, s = 0f;
            for (int i = 0; i < P * C; i++) {
                int x = i / C, c = i % C;
                if (c == 0) {
                    m = float.NegativeInfinity;
                    for (int k = 0; k < C; k++) m = MathF.Max(m, l[x * C + k]);
                    s = 0f;
                }
                y[i] = MathF.Exp(l[i] - m);
                s += y[i];
                if (c == C - 1) sums[x] = s;
            }
            for (int i = 0; i < P * C; i++) y[i] /= sums[i / C];
        }
        """,
        // Stop 41 review, P26_TokenStreamReset: correct, checked numerically at offsets 0 and ±1000.
        """
        // correct: a token stream with segment starts flagged; max per segment precomputed per step at a start, sum reset there
        public static void Run(float[] l, bool[] start, int[] segEnd, float[] y) {
            float m = 0f, s = 0f; int s0 = 0;
            for (int i = 0; i < l.Length; i++) {
                if (start[i]) {
                    s0 = i; m = float.NegativeInfinity;
                    for (int k = i; k < segEnd[i]; k++) m = MathF.Max(m, l[k]);
                    s = 0f;
                }
                y[i] = MathF.Exp(l[i] - m);
                s += y[i];
                if (i + 1 == segEnd[s0])
                    for (int k = s0; k <= i; k++) y[k] /= s;
            }
        }
        """,
        // Stop 41 review, P27_RingBufferMax: correct, checked numerically at offsets 0 and ±1000.
        """
        // correct: one softmax over a ring buffer; at each step the max is recomputed over the whole ring starting at that step
        public static void Run(float[] ring, float[] y) {
            int N = ring.Length;
            float s = 0f;
            for (int t = 0; t < N; t++) {
                float m = float.NegativeInfinity;
                for (int k = 0; k < N; k++) m = MathF.Max(m, ring[(t + k) % N]);
                y[t] = MathF.Exp(ring[t] - m);
                s += y[t];
            }
            for (int t = 0; t < N; t++) y[t] /= s;
        }
        """,
        // Stop 41 review, P28_NaiveRowMaxPerPixel: correct, checked numerically at offsets 0 and ±1000.
        """
        // correct (naive): softmax per image row; flat pixel loop recomputes the pixel's row max every step; row sums in rowSum[x / W]
        public static void Run(float[] l, int H, int W, float[] y) {
            var rowSum = new float[H];
            for (int x = 0; x < H * W; x++) {
                int r = x / W;
                float m = float.NegativeInfinity;
                for (int k = 0; k < W; k++) m = MathF.Max(m, l[r * W + k]);
                y[x] = MathF.Exp(l[x] - m);
                rowSum[r] += y[x];
            }
            for (int x = 0; x < H * W; x++) y[x] /= rowSum[x / W];
        }
        """,
        // Stop 41 review, P29_NaiveSingleRowMaxPerStep: correct, checked numerically at offsets 0 and ±1000.
        """
        // correct (naive): one row, the row's max recomputed at each step through a view that starts at 0 but is indexed with the step's offset (x[(i - i) + k])
        public static void Run(float[] x, float[] y, int n) {
            float s = 0f;
            for (int i = 0; i < n; i++) {
                int start = i - i % n;
                float m = float.NegativeInfinity;
                for (int k = 0; k < n; k++) m = MathF.Max(m, x[start + k]);
                y[i] = MathF.Exp(x[i] - m);
                s += y[i];
            }
            for (int i = 0; i < n; i++) y[i] /= s;
        }
        """,
    };

    [Theory]
    [MemberData(nameof(ReviewedCorrectSpellings))]
    public async Task ReviewedCorrectSpellings_AreSilent(string method) =>
        Assert.Empty(await FixRunner.ReportedIdsOfMethodAsync(method));

    [Theory]
    [MemberData(nameof(PerPixelShiftsRowTotals))]
    public async Task PerSliceShiftsSummedOverSeveralSlices_IsLG0002(string method) =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsOfMethodAsync(method));

    [Theory]
    [MemberData(nameof(OneShiftPerSum))]
    public async Task EverySumOfOneShift_IsSilent(string method) =>
        Assert.Empty(await FixRunner.ReportedIdsOfMethodAsync(method));
}
