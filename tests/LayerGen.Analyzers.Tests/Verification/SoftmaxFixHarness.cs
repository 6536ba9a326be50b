using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>Which slices a subject's softmax normalises.</summary>
internal enum Axis
{
    Rows,
    Columns,
}

/// <summary>
/// Shared by the fix tests that compile and run fixed code: harness sources that call a subject on a flat batch,
/// batches whose slices overflow exp, a double-precision reference softmax, and the before/after assertion.
/// </summary>
internal static class SoftmaxFixHarness
{
    /// <summary>.NET 10, the real System.Numerics.Tensors and the LayerGen runtime.</summary>
    public static IEnumerable<MetadataReference> References =>
        TestReferences.Net100.Append(TestReferences.RealTensorPrimitives).Append(MetadataReference.CreateFromFile(typeof(LayerGen.Softmax).Assembly.Location));

    public static Compilation Compile(string source) =>
        CSharpCompilation.Create(
            "Subject",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>
    /// On batches offset by ±1000 (shapes 1×5, 3×4, 6×17) the fixed code matches the reference softmax over
    /// <paramref name="axis"/> (absolute 2e-6 + relative 1e-5) with no NaN, and the original is NaN or wrong on one of them.
    /// </summary>
    public static void AssertFixedMatchesAndOriginalFails(string name, string subject, string harness, string fixedText, Axis axis, IEnumerable<MetadataReference> references)
    {
        var original = SubjectCompiler.CompileHarness(subject + harness, name + ".Original", references);
        var repaired = SubjectCompiler.CompileHarness(fixedText + harness, name + ".Fixed", references);
        var single = subject.Contains("float[]", StringComparison.Ordinal) || subject.Contains("float[,]", StringComparison.Ordinal);
        var originalFailed = false;
        foreach (var (rows, cols) in new[] { (1, 5), (3, 4), (6, 17) })
        {
            var logits = OffsetRows(rows, cols);
            var expected = axis == Axis.Rows ? RowSoftmax(logits, rows, cols, single) : ColumnSoftmax(logits, rows, cols, single);
            var actual = repaired(logits, rows, cols);
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.False(double.IsNaN(actual[k]), $"{name}: NaN at {k} after the fix\n{fixedText}");
                Assert.True(Math.Abs(actual[k] - expected[k]) <= 2e-6 + 1e-5 * expected[k], $"{name}: {actual[k]} vs {expected[k]} at {k}\n{fixedText}");
            }

            var before = original(logits, rows, cols);
            originalFailed |= before.Where((value, k) => double.IsNaN(value) || Math.Abs(value - expected[k]) > 1e-3).Any();
        }

        Assert.True(originalFailed, $"{name}: the unfixed code matched the reference on every batch; the data does not expose the bug.");
    }

    /// <summary>Calls the subject once per row of the flat batch.</summary>
    public static string RowHarness(string type, string call) => $$"""

        public static class Harness
        {
            public static double[] Run(double[] flat, int rows, int cols)
            {
                var result = new double[flat.Length];
                for (int r = 0; r < rows; r++)
                {
                    var row = new {{type}}[cols];
                    var outRow = new {{type}}[cols];
                    for (int c = 0; c < cols; c++) row[c] = ({{type}})flat[r * cols + c];
                    {{call}}
                    for (int c = 0; c < cols; c++) result[r * cols + c] = outRow[c];
                }

                return result;
            }
        }
        """;

    /// <summary>Passes the flat batch as a [rows, cols] array.</summary>
    public static string MatrixHarness(string type, bool rowMajor) => $$"""

        public static class Harness
        {
            public static double[] Run(double[] flat, int rows, int cols)
            {
                var x = new {{type}}[rows, cols];
                var y = new {{type}}[rows, cols];
                for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) x[r, c] = ({{type}})flat[r * cols + c];
                Subject.Forward(x, y);
                var result = new double[flat.Length];
                for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) result[r * cols + c] = y[r, c];
                return result;
            }
        }
        """;

    /// <summary>Passes the flat batch as one <c>T[]</c> with its shape: <c>Subject.Forward(x, y, rows, cols)</c>.</summary>
    public static string FlatHarness(string type) => $$"""

        public static class Harness
        {
            public static double[] Run(double[] flat, int rows, int cols)
            {
                var x = new {{type}}[flat.Length];
                var y = new {{type}}[flat.Length];
                for (int k = 0; k < flat.Length; k++) x[k] = ({{type}})flat[k];
                Subject.Forward(x, y, rows, cols);
                var result = new double[flat.Length];
                for (int k = 0; k < flat.Length; k++) result[k] = y[k];
                return result;
            }
        }
        """;

    /// <summary>Passes the flat batch as jagged rows: <c>Subject.Forward(x, y)</c> with <c>T[][]</c>.</summary>
    public static string JaggedHarness(string type) => $$"""

        public static class Harness
        {
            public static double[] Run(double[] flat, int rows, int cols)
            {
                var x = new {{type}}[rows][];
                var y = new {{type}}[rows][];
                for (int r = 0; r < rows; r++)
                {
                    x[r] = new {{type}}[cols];
                    y[r] = new {{type}}[cols];
                    for (int c = 0; c < cols; c++) x[r][c] = ({{type}})flat[r * cols + c];
                }

                Subject.Forward(x, y);
                var result = new double[flat.Length];
                for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) result[r * cols + c] = y[r][c];
                return result;
            }
        }
        """;

    /// <summary>Entry (r, c) = (r odd ? +1000 : -1000) + (c odd ? 900 : 0) + small values: slices whose maxima are far apart and above exp's range.</summary>
    public static double[] OffsetRows(int rows, int cols)
    {
        var x = new double[rows * cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                x[r * cols + c] = (r % 2 == 1 || rows == 1 ? 1000 : -1000) + (c % 2 == 1 ? 900 : 0) + ((r * 7 + c * 3) % 11) * 0.37;
            }
        }

        return x;
    }

    public static double[] RowSoftmax(double[] x, int rows, int cols, bool single) => Softmax(x, rows, cols, (r, c) => r * cols + c, single);

    public static double[] ColumnSoftmax(double[] x, int rows, int cols, bool single) => Softmax(x, cols, rows, (b, c) => c * cols + b, single);

    /// <summary>Softmax in double over slices (slice s, position p → flat index) of the inputs the subject saw.</summary>
    public static double[] Softmax(double[] flat, int slices, int length, Func<int, int, int> index, bool single)
    {
        var x = single ? flat.Select(value => (double)(float)value).ToArray() : flat;
        var y = new double[x.Length];
        for (var s = 0; s < slices; s++)
        {
            var max = double.NegativeInfinity;
            for (var p = 0; p < length; p++) max = Math.Max(max, x[index(s, p)]);
            var sum = 0.0;
            for (var p = 0; p < length; p++) sum += Math.Exp(x[index(s, p)] - max);
            for (var p = 0; p < length; p++) y[index(s, p)] = Math.Exp(x[index(s, p)] - max) / sum;
        }

        return y;
    }

}
