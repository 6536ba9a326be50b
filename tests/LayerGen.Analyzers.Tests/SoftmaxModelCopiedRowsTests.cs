using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// ports2: members returning a fresh copy of a slice (SoftmaxModel.CopiedMemberRows.cs). A Java port's
/// <c>getRow(i)</c> that copies row i of its flat storage into a new array (<c>Array.Copy</c> or <c>AsSpan(…).CopyTo</c>)
/// and returns it is that row: <c>Array.ConvertAll(z.getRow(i), MathF.Exp)</c> exponentiates row i raw (LG0003, a
/// logit of 100 overflows float), as over a plain <c>z[i]</c>; the same row shifted by its own maximum stays silent.
/// </summary>
public class SoftmaxModelCopiedRowsTests
{
    private const string FloatMatrix = """
        public sealed class FloatMatrix
        {
            private readonly float[] storage;
            private readonly int rows;
            private readonly int cols;
            public FloatMatrix(float[] storage, int rows, int cols) { this.storage = storage; this.rows = rows; this.cols = cols; }
            public int getRows() { return rows; }
            public int getColumns() { return cols; }
            public float[] getRow(int i)
            {
                float[] r = new float[cols];
                Array.Copy(storage, i * cols, r, 0, cols);
                return r;
            }
            public void setRow(int i, float[] values) { Array.Copy(values, 0, storage, i * cols, cols); }
        }
        """;

    private const string DoubleMatrix = """
        public sealed class DoubleMatrix
        {
            private readonly double[] _data;
            public DoubleMatrix(double[] data, int rows, int columns) { _data = data; Rows = rows; Columns = columns; }
            public int Rows { get; }
            public int Columns { get; }
            public double[] GetRow(int i)
            {
                var copy = new double[Columns];
                _data.AsSpan(i * Columns, Columns).CopyTo(copy);
                return copy;
            }
        }
        """;

    [Fact]
    public Task ConvertAllMethodGroup_OverCopiedRow_Float_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
        using System;
        {{FloatMatrix}}
        public static class OutputLayer
        {
            public static FloatMatrix FeedForward(FloatMatrix z)
            {
                var a = new FloatMatrix(new float[z.getRows() * z.getColumns()], z.getRows(), z.getColumns());
                for (int i = 0; i < z.getRows(); i++)
                {
                    float[] expRow = Array.ConvertAll(z.getRow(i), MathF.Exp); //~ LG0003
                    float norm = 0f;
                    for (int j = 0; j < expRow.Length; j++) norm += expRow[j];
                    for (int j = 0; j < expRow.Length; j++) expRow[j] /= norm;
                    a.setRow(i, expRow);
                }
                return a;
            }
        }
        """);

    [Fact]
    public Task ConvertAllLambda_OverCopiedRow_Float_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
        using System;
        {{FloatMatrix}}
        public static class OutputLayer
        {
            public static float[][] Probabilities(FloatMatrix z)
            {
                var p = new float[z.getRows()][];
                for (int i = 0; i < z.getRows(); i++)
                {
                    float[] e = Array.ConvertAll(z.getRow(i), v => MathF.Exp(v)); //~ LG0003
                    float norm = 0f;
                    foreach (float v in e) norm += v;
                    p[i] = Array.ConvertAll(e, v => v / norm);
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task ConvertAll_OverSpanCopiedRow_Double_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
        using System;
        {{DoubleMatrix}}
        public static class Head
        {
            public static double[][] Softmax(DoubleMatrix z)
            {
                var p = new double[z.Rows][];
                for (int i = 0; i < z.Rows; i++)
                {
                    double[] e = Array.ConvertAll(z.GetRow(i), Math.Exp); //~ LG0003
                    double total = 0;
                    for (int j = 0; j < e.Length; j++) total += e[j];
                    for (int j = 0; j < e.Length; j++) e[j] /= total;
                    p[i] = e;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task CopiedRow_ShiftedByItsOwnMax_Float_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
        using System;
        using System.Linq;
        {{FloatMatrix}}
        public static class OutputLayer
        {
            public static FloatMatrix FeedForward(FloatMatrix z)
            {
                var a = new FloatMatrix(new float[z.getRows() * z.getColumns()], z.getRows(), z.getColumns());
                for (int i = 0; i < z.getRows(); i++)
                {
                    float[] row = z.getRow(i);
                    float m = row.Max();
                    float[] expRow = Array.ConvertAll(row, v => MathF.Exp(v - m));
                    float norm = 0f;
                    for (int j = 0; j < expRow.Length; j++) norm += expRow[j];
                    for (int j = 0; j < expRow.Length; j++) expRow[j] /= norm;
                    a.setRow(i, expRow);
                }
                return a;
            }
        }
        """);

    [Fact]
    public Task CopiedRow_ShiftedByTheCopysMax_InlineCalls_Double_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
        using System;
        using System.Linq;
        {{DoubleMatrix}}
        public static class Head
        {
            public static double[][] Softmax(DoubleMatrix z)
            {
                var p = new double[z.Rows][];
                for (int i = 0; i < z.Rows; i++)
                {
                    double m = z.GetRow(i).Max();
                    double[] e = Array.ConvertAll(z.GetRow(i), v => Math.Exp(v - m));
                    double total = 0;
                    for (int j = 0; j < e.Length; j++) total += e[j];
                    for (int j = 0; j < e.Length; j++) e[j] /= total;
                    p[i] = e;
                }
                return p;
            }
        }
        """);
}
