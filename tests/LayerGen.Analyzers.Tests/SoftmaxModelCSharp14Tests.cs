using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Softmax code written with C# 14, which the tests compile with the .NET 10 SDK's compiler (Roslyn 5.9; the analyzer
/// itself builds against 4.14): members of extension blocks (<c>extension(Span&lt;float&gt; row) { public float Peak … }</c>,
/// read <c>row.Peak</c>; in IOperation an instance member of the block's type called on its receiver, whose body reads
/// the receiver as a parameter of that type), <c>field</c>-backed properties holding buffers, null-conditional
/// assignments (<c>cache?.Peak = m</c>), implicit span conversions (<c>float[]</c> passed for a
/// <c>ReadOnlySpan&lt;float&gt;</c>, no longer a user-defined conversion) and lambda parameters with modifiers but no
/// types. Each bug is reported where the same code written in C# 13 is (a max helper: at the call or read that picks
/// what it folds), each correct twin stays silent, and no code, half-typed included, throws (AD0001).
/// </summary>
public class SoftmaxModelCSharp14Tests
{
    /// <summary>The harness compiles at C# 14: an extension block binds without errors.</summary>
    [Fact]
    public void LatestLanguageVersionIsCSharp14()
    {
        Assert.Equal(LanguageVersion.CSharp14, LanguageVersion.Latest.MapSpecifiedToEffectiveVersion());
        var compilation = FixRunner.CompileRecreation("""
            using System;
            public static class E { extension(Span<float> row) { public float First => row[0]; } }
            """);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
    }

    /// <summary>Element types and receivers of an extension property's peak; <c>{fold}</c> spells its loop.</summary>
    public static TheoryData<string, string, string> PropertyPeaks => new()
    {
        { "float", "Span", "foreach (var v in row) m = {Math}.Max(m, v);" },
        { "double", "Span", "for (int i = 0; i < row.Length; i++) if (row[i] > m) m = row[i];" },
        { "float", "ReadOnlySpan", "for (int i = 0; i < row.Length; i++) m = {Math}.Max(m, row[i]);" },
        { "double", "ReadOnlySpan", "foreach (var v in row) m = v > m ? v : m;" },
    };

    /// <summary>
    /// An extension property folding its receiver: read on each row's span it is a per-row max (silent); read on the
    /// whole flat buffer and subtracted in every row it is LG0001, at the read (the getter is right for what it is given).
    /// </summary>
    [Theory]
    [MemberData(nameof(PropertyPeaks))]
    public async Task ExtensionProperty_WholeBufferPeakIsLG0001_RowPeakSilent(string type, string receiver, string fold)
    {
        var math = type == "float" ? "MathF" : "Math";
        var source = $$"""
            using System;

            public static class RowOps
            {
                extension({{receiver}}<{{type}}> row)
                {
                    public {{type}} Peak
                    {
                        get
                        {
                            {{type}} m = {{type}}.NegativeInfinity;
                            {{fold.Replace("{Math}", math)}}
                            return m;
                        }
                    }
                }

                public static void PerRow({{type}}[] x, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        var row = x.AsSpan(r * cols, cols);
                        {{type}} m = (({{receiver}}<{{type}}>)row).Peak;
                        {{type}} s = 0;
                        for (int j = 0; j < cols; j++) s += row[j] = {{math}}.Exp(row[j] - m);
                        for (int j = 0; j < cols; j++) row[j] /= s;
                    }
                }

                public static void WholeBatch({{type}}[] x, int rows, int cols)
                {
                    {{type}} m = (({{receiver}}<{{type}}>)x.AsSpan()).Peak; //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        var row = x.AsSpan(r * cols, cols);
                        {{type}} s = 0;
                        for (int j = 0; j < cols; j++) s += row[j] = {{math}}.Exp(row[j] - m);
                        for (int j = 0; j < cols; j++) row[j] /= s;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// An extension method folding its receiver (<c>values.PeakOf()</c>), on a span of one row (silent) or of the whole
    /// flat buffer (LG0001 at the call), as the classic <c>PeakOf(this ReadOnlySpan&lt;double&gt; values)</c> is.
    /// </summary>
    [Theory]
    [InlineData("extension(ReadOnlySpan<double> values) { public double PeakOf() { {body} } }")]
    [InlineData("public static double PeakOf(this ReadOnlySpan<double> values) { {body} }")]
    public async Task ExtensionMethod_WholeBufferPeakIsLG0001_RowPeakSilent(string declaration)
    {
        var body = "double m = double.NegativeInfinity; for (int i = 0; i < values.Length; i++) if (values[i] > m) m = values[i]; return m;";
        var source = $$"""
            using System;

            public static class RowOps
            {
                {{declaration.Replace("{body}", body)}}

                public static double[] PerRow(double[] x, int rows, int cols)
                {
                    var y = new double[x.Length];
                    for (int r = 0; r < rows; r++)
                    {
                        double m = new ReadOnlySpan<double>(x, r * cols, cols).PeakOf();
                        double s = 0;
                        for (int j = 0; j < cols; j++) s += y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                    return y;
                }

                public static double[] WholeBatch(double[] x, int rows, int cols)
                {
                    var y = new double[x.Length];
                    double m = ((ReadOnlySpan<double>)x).PeakOf(); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        double s = 0;
                        for (int j = 0; j < cols; j++) s += y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Jagged rows: an extension property of <c>float[][]</c> folding every row is LG0001 where it is read for a
    /// per-row softmax; a property of one row (<c>row.RowPeak</c>, through a static helper) is silent.
    /// </summary>
    [Fact]
    public async Task ExtensionProperty_JaggedBatchPeakIsLG0001_RowPeakSilent()
    {
        var source = """
            using System;

            public static class Batch
            {
                extension(float[][] rows)
                {
                    public float GlobalPeak
                    {
                        get
                        {
                            float m = float.NegativeInfinity;
                            foreach (var row in rows) foreach (var v in row) m = MathF.Max(m, v);
                            return m;
                        }
                    }
                }

                extension(float[] row)
                {
                    public float RowPeak => MaxOf(row);
                }

                static float MaxOf(float[] v) { float m = v[0]; for (int i = 1; i < v.Length; i++) m = MathF.Max(m, v[i]); return m; }

                public static void PerRow(float[][] z)
                {
                    foreach (var row in z)
                    {
                        float m = row.RowPeak;
                        float s = 0;
                        for (int j = 0; j < row.Length; j++) s += row[j] = MathF.Exp(row[j] - m);
                        for (int j = 0; j < row.Length; j++) row[j] /= s;
                    }
                }

                public static void WholeBatch(float[][] z)
                {
                    float m = z.GlobalPeak; //~ LG0001
                    foreach (var row in z)
                    {
                        float s = 0;
                        for (int j = 0; j < row.Length; j++) s += row[j] = MathF.Exp(row[j] - m);
                        for (int j = 0; j < row.Length; j++) row[j] /= s;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Column-major jagged <c>z[classes][batch]</c>, softmax down each column: a peak along each class's line
    /// (<c>z[c].Peak</c>, an extension property) with sums over the classes is LG0004.
    /// </summary>
    [Fact]
    public async Task ExtensionProperty_PeakAlongTheOtherAxisIsLG0004()
    {
        var source = """
            using System;

            public static class Columns
            {
                extension(float[] line)
                {
                    public float Peak { get { float m = float.NegativeInfinity; for (int i = 0; i < line.Length; i++) m = MathF.Max(m, line[i]); return m; } }
                }

                public static void PerClassPeak(float[][] z, float[][] p)
                {
                    int classes = z.Length, batch = z[0].Length;
                    var peak = new float[classes];
                    for (int c = 0; c < classes; c++) peak[c] = z[c].Peak; //~ LG0004
                    for (int b = 0; b < batch; b++)
                    {
                        float s = 0;
                        for (int c = 0; c < classes; c++) s += p[c][b] = MathF.Exp(z[c][b] - peak[c]);
                        for (int c = 0; c < classes; c++) p[c][b] /= s;
                    }
                }

                public static void PerSamplePeak(float[][] z, float[][] p)
                {
                    int classes = z.Length, batch = z[0].Length;
                    for (int b = 0; b < batch; b++)
                    {
                        float m = float.NegativeInfinity;
                        for (int c = 0; c < classes; c++) m = MathF.Max(m, z[c][b]);
                        float s = 0;
                        for (int c = 0; c < classes; c++) s += p[c][b] = MathF.Exp(z[c][b] - m);
                        for (int c = 0; c < classes; c++) p[c][b] /= s;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A static member of an extension block (<c>Span&lt;float&gt;.PeakOf(x)</c>) is a static helper: LG0001 on the whole buffer.</summary>
    [Fact]
    public async Task StaticExtensionMember_WholeBufferPeakIsLG0001_RowPeakSilent()
    {
        var source = """
            using System;

            public static class RowOps
            {
                extension(Span<float>)
                {
                    public static float PeakOf(ReadOnlySpan<float> v)
                    {
                        float m = float.NegativeInfinity;
                        for (int i = 0; i < v.Length; i++) m = MathF.Max(m, v[i]);
                        return m;
                    }
                }

                public static void PerRow(float[] x, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        var row = x.AsSpan(r * cols, cols);
                        float m = Span<float>.PeakOf(row);
                        float s = 0;
                        for (int j = 0; j < cols; j++) s += row[j] = MathF.Exp(row[j] - m);
                        for (int j = 0; j < cols; j++) row[j] /= s;
                    }
                }

                public static void WholeBatch(float[] x, int rows, int cols)
                {
                    float m = Span<float>.PeakOf(x); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        var row = x.AsSpan(r * cols, cols);
                        float s = 0;
                        for (int j = 0; j < cols; j++) s += row[j] = MathF.Exp(row[j] - m);
                        for (int j = 0; j < cols; j++) row[j] /= s;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A softmax written as an extension method of a row is analysed as a method of its own: raw exps are LG0003, the
    /// shifted twin (its max over the receiver, the softmax's only axis) is silent, and so is its per-row caller.
    /// </summary>
    [Theory]
    [InlineData("float", "Span")]
    [InlineData("double", "Span")]
    public async Task ExtensionSoftmaxInPlace_RawExpIsLG0003_ShiftedSilent(string type, string receiver)
    {
        var math = type == "float" ? "MathF" : "Math";
        var source = $$"""
            using System;

            public static class RowOps
            {
                extension({{receiver}}<{{type}}> row)
                {
                    public void SoftmaxInPlace()
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        foreach (var v in row) m = {{math}}.Max(m, v);
                        {{type}} s = 0;
                        for (int j = 0; j < row.Length; j++) s += row[j] = {{math}}.Exp(row[j] - m);
                        for (int j = 0; j < row.Length; j++) row[j] /= s;
                    }

                    public void RawSoftmaxInPlace()
                    {
                        {{type}} s = 0;
                        for (int j = 0; j < row.Length; j++) s += row[j] = {{math}}.Exp(row[j]); //~ LG0003
                        for (int j = 0; j < row.Length; j++) row[j] /= s;
                    }
                }

                public static void Run({{type}}[] x, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++) x.AsSpan(r * cols, cols).SoftmaxInPlace();
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A <c>field</c>-backed property holding the output buffer: a sum never reset per row is LG0002 (at the sum), the
    /// per-row twin is silent; raw logits read through a <c>field</c>-backed property are LG0003.
    /// </summary>
    [Fact]
    public async Task FieldBackedBuffers_StaleSumIsLG0002_RawLogitsLG0003_PerRowSilent()
    {
        var source = """
            using System;

            public sealed class Head(int rows, int cols)
            {
                public float[] Scores { get => field ??= new float[rows * cols]; }

                public float[] Logits { get => field; set => field = value ?? throw new ArgumentNullException(nameof(value)); } = [];

                public void StaleSum(float[] x)
                {
                    var y = Scores;
                    float s = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        float m = float.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
                        for (int j = 0; j < cols; j++) s += y[r * cols + j] = MathF.Exp(x[r * cols + j] - m); //~ LG0002
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                }

                public void PerRow(float[] x)
                {
                    var y = Scores;
                    for (int r = 0; r < rows; r++)
                    {
                        float m = float.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
                        float s = 0;
                        for (int j = 0; j < cols; j++) s += y[r * cols + j] = MathF.Exp(x[r * cols + j] - m);
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                }

                public float[] RawLogits()
                {
                    var x = Logits;
                    var p = new float[x.Length];
                    for (int r = 0; r < rows; r++)
                    {
                        float s = 0;
                        for (int j = 0; j < cols; j++) s += p[r * cols + j] = MathF.Exp(x[r * cols + j]); //~ LG0003
                        for (int j = 0; j < cols; j++) p[r * cols + j] /= s;
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Null-conditional assignments (<c>cache?.Peak = m</c>) of the max and the output change nothing: a whole-batch
    /// max is LG0001 at its fold, a per-row max silent.
    /// </summary>
    [Fact]
    public async Task NullConditionalAssignments_WholeBatchPeakIsLG0001_PerRowSilent()
    {
        var source = """
            using System;

            public sealed class Cache { public float[]? Probs; public float Peak; }

            public static class Rows
            {
                public static void WholeBatch(float[] x, int rows, int cols, Cache? cache)
                {
                    float m = float.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]); //~ LG0001
                    cache?.Peak = m;
                    var y = new float[x.Length];
                    for (int r = 0; r < rows; r++)
                    {
                        float s = 0;
                        for (int j = 0; j < cols; j++) s += y[r * cols + j] = MathF.Exp(x[r * cols + j] - m);
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                    cache?.Probs = y;
                }

                public static void PerRow(float[] x, int rows, int cols, Cache? cache)
                {
                    var y = new float[x.Length];
                    for (int r = 0; r < rows; r++)
                    {
                        float m = float.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
                        cache?.Peak = m;
                        float s = 0;
                        for (int j = 0; j < cols; j++) s += y[r * cols + j] = MathF.Exp(x[r * cols + j] - m);
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                    cache?.Probs = y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Arrays passed where spans are taken (C# 14: a span conversion, no longer a call of <c>op_Implicit</c>): a helper or
    /// <c>TensorPrimitives.Max</c> over the whole flat buffer is LG0001 at the call; over one jagged row, silent.
    /// <c>MemoryExtensions</c> calls on arrays (<c>y.Contains</c>, which C# 14 binds to the span overload) change nothing.
    /// </summary>
    [Fact]
    public async Task ImplicitSpanConversions_WholeBufferPeakIsLG0001_RowPeakSilent()
    {
        var source = """
            using System;
            using System.Linq;
            using System.Numerics.Tensors;

            public static class Rows
            {
                static double Peak(ReadOnlySpan<double> v) { double m = double.NegativeInfinity; foreach (var e in v) m = Math.Max(m, e); return m; }

                public static void WholeBatch(double[] x, double[] y, int rows, int cols)
                {
                    double m = Peak(x); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        double s = 0;
                        for (int j = 0; j < cols; j++) s += y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                }

                public static void LibraryWholeBatch(float[] x, float[] y, int rows, int cols)
                {
                    float m = TensorPrimitives.Max(x); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        float s = 0;
                        for (int j = 0; j < cols; j++) s += y[r * cols + j] = MathF.Exp(x[r * cols + j] - m);
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                }

                public static void PerRow(float[][] z, float[][] p)
                {
                    for (int r = 0; r < z.Length; r++)
                    {
                        float m = TensorPrimitives.Max(z[r]);
                        float s = 0;
                        for (int j = 0; j < z[r].Length; j++) s += p[r][j] = MathF.Exp(z[r][j] - m);
                        for (int j = 0; j < z[r].Length; j++) p[r][j] /= s;
                    }
                }

                public static void PerRowHelper(double[][] z, double[][] p)
                {
                    for (int r = 0; r < z.Length; r++)
                    {
                        double m = Peak(z[r]);
                        double s = 0;
                        for (int j = 0; j < z[r].Length; j++) s += p[r][j] = Math.Exp(z[r][j] - m);
                        for (int j = 0; j < z[r].Length; j++) p[r][j] /= s;
                    }
                }

                public static double[] RawWithSpanContains(double[] x)
                {
                    var y = new double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += y[i] = Math.Exp(x[i]); //~ LG0003
                    if (x.Contains(double.NaN)) return y;
                    for (int i = 0; i < x.Length; i++) y[i] /= s;
                    return y;
                }

                public static float[] LinqWithSpanContains(float[] x)
                {
                    float m = x.Max();
                    var y = x.Select(v => MathF.Exp(v - m)).ToArray();
                    float s = y.Sum();
                    if (y.Contains(0f)) { }
                    return y.Select(v => v / s).ToArray();
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Lambda parameters with modifiers and no types (<c>(scoped v) =&gt; …</c>) are read as the typed lambda: a
    /// delegate-held peak of the whole buffer is LG0001 (at the lambda's fold: the method's own code), of one row silent.
    /// </summary>
    [Theory]
    [InlineData("(scoped v)")]
    [InlineData("(scoped ReadOnlySpan<float> v)")]
    public async Task LambdaParameterModifiers_WholeBufferPeakIsLG0001_RowPeakSilent(string parameters)
    {
        var source = $$"""
            using System;

            public delegate float Fold(scoped ReadOnlySpan<float> values);

            public static class Rows
            {
                public static void PerRow(float[] x, int rows, int cols)
                {
                    Fold peak = {{parameters}} => { float m = float.NegativeInfinity; foreach (var e in v) m = MathF.Max(m, e); return m; };
                    for (int r = 0; r < rows; r++)
                    {
                        var row = x.AsSpan(r * cols, cols);
                        float m = peak(row);
                        float s = 0;
                        for (int j = 0; j < cols; j++) s += row[j] = MathF.Exp(row[j] - m);
                        for (int j = 0; j < cols; j++) row[j] /= s;
                    }
                }

                public static void WholeBatch(float[] x, int rows, int cols)
                {
                    Fold peak = {{parameters}} => { float m = float.NegativeInfinity; foreach (var e in v) m = MathF.Max(m, e); return m; }; //~ LG0001
                    float m = peak(x);
                    for (int r = 0; r < rows; r++)
                    {
                        var row = x.AsSpan(r * cols, cols);
                        float s = 0;
                        for (int j = 0; j < cols; j++) s += row[j] = MathF.Exp(row[j] - m);
                        for (int j = 0; j < cols; j++) row[j] /= s;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Half-typed C# 14 code around a softmax (each does not compile): the analyzer never throws.</summary>
    [Theory]
    [InlineData("extension(Span<float> row) { public float Peak => row.")]
    [InlineData("extension(Span<float> row) { public float Peak { get { float m = float.MinValue; foreach (var v in row) m = MathF.Max(m, v); return m; } } public float Peak2 => field; }")]
    [InlineData("extension<T>(Span<T> row) where T : System.Numerics.INumber<T> { public T Peak { get { T m = row[0]; foreach (var v in row) m = T.Max(m, v); return m; } } }")]
    [InlineData("extension(ref Span<float> row) { public float Peak { get { float m = float.MinValue; foreach (var v in row) m = MathF.Max(m, v); return m; } } }")]
    [InlineData("extension(float[] ) { public float Peak { get { float m = float.MinValue; return m; } } }")]
    [InlineData("extension(float[] x) { public static float Peak => x[0]; public void Fill() { x?.Length = 3; } }")]
    [InlineData("extension(Span<float> row) { public float Peak { get { float m = float.MinValue; foreach (var v in row) m = MathF.Max(m, v); return m; } } } extension(Span<float> row) { public float Peak => 0; }")]
    public async Task HalfTypedCSharp14_NeverThrows(string members)
    {
        var source = $$"""
            using System;

            public static partial class RowOps
            {
                {{members}}

                public static void Softmax(float[] x, int rows, int cols, float[]? cache)
                {
                    float m = x.AsSpan().Peak;
                    cache?[0] = m;
                    for (int r = 0; r < rows; r++)
                    {
                        var row = x.AsSpan(r * cols, cols);
                        float s = 0;
                        for (int j = 0; j < cols; j++) s += row[j] = MathF.Exp(row[j] - m);
                        for (int j = 0; j < cols; j++) row[j] /= s;
                    }
                    x.AsSpan(0, cols).SoftmaxInPlace(
                }
            }
            """;
        var diagnostics = await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(source));
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }
}
