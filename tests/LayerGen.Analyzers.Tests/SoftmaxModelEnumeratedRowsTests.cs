using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A <c>foreach</c> or <c>await foreach</c> over any expression that yields rows (a method's result:
/// <c>reader.ReadAllAsync(ct)</c>, <c>frames.WithCancellation(ct)</c>, a user iterator, a local holding one) walks one
/// row per iteration like a <c>foreach</c> over a <c>List&lt;float[]&gt;</c> (SoftmaxModel.EnumeratedRows.cs): a
/// denominator declared above the loop and never reset is LG0002, a max declared above it and never reset LG0001; the
/// same loops with both reset per row are silent.
/// </summary>
public class SoftmaxModelEnumeratedRowsTests
{
    /// <summary>(parameters, the loop head with <c>f</c> the row, an optional statement before the loop).</summary>
    public static TheoryData<string, string, string> Loops() => new()
    {
        { "ChannelReader<float[]> reader, CancellationToken ct", "await foreach (float[] f in reader.ReadAllAsync(ct))", "" },
        { "ChannelReader<float[]> reader", "await foreach (var f in reader.ReadAllAsync())", "" },
        { "ChannelReader<float[]> reader, CancellationToken ct", "await foreach (var f in frames)", "var frames = reader.ReadAllAsync(ct);" },
        { "IAsyncEnumerable<float[]> source, CancellationToken ct", "await foreach (var f in source.WithCancellation(ct))", "" },
        { "IAsyncEnumerable<float[]> source, CancellationToken ct", "await foreach (var f in source.WithCancellation(ct).ConfigureAwait(false))", "" },
        { "FrameSource source", "await foreach (var f in source.StreamAsync())", "" },
        { "FrameSource source", "foreach (var f in source.Load())", "" },
        { "FrameSource source", "foreach (var f in FrameSource.Static(3))", "" },
    };

    private static string Source(string parameters, string head, string before, string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;

        public sealed class FrameSource
        {
            public async IAsyncEnumerable<float[]> StreamAsync() { await Task.Yield(); yield return new float[3]; }
            public IEnumerable<float[]> Load() { yield return new float[3]; }
            public static IEnumerable<float[]> Static(int n) { for (int i = 0; i < n; i++) yield return new float[3]; }
        }

        public static class Consumer
        {
            public static async Task<List<float[]>> RunAsync({{parameters}})
            {
                var output = new List<float[]>();
                await Task.Yield();
                {{before}}
                {{body.Replace("HEAD", head)}}
                return output;
            }
        }
        """;

    private const string DenominatorAbove = """
        float denominator = 0f;
        HEAD
        {
            float max = f.Max();
            var p = new float[f.Length];
            for (int i = 0; i < f.Length; i++) { p[i] = MathF.Exp(f[i] - max); denominator += p[i]; }
            for (int i = 0; i < p.Length; i++) p[i] /= denominator;
            output.Add(p);
        }
        """;

    private const string MaxAbove = """
        float max = float.MinValue;
        HEAD
        {
            for (int i = 0; i < f.Length; i++) max = MathF.Max(max, f[i]);
            var p = new float[f.Length];
            float denominator = 0f;
            for (int i = 0; i < f.Length; i++) { p[i] = MathF.Exp(f[i] - max); denominator += p[i]; }
            for (int i = 0; i < p.Length; i++) p[i] /= denominator;
            output.Add(p);
        }
        """;

    private const string ResetPerRow = """
        HEAD
        {
            float max = float.MinValue;
            foreach (var v in f) max = MathF.Max(max, v);
            var p = new float[f.Length];
            float denominator = 0f;
            for (int i = 0; i < f.Length; i++) { p[i] = MathF.Exp(f[i] - max); denominator += p[i]; }
            for (int i = 0; i < p.Length; i++) p[i] /= denominator;
            output.Add(p);
        }
        """;

    private const string ResetByAssignment = """
        float denominator;
        float max;
        HEAD
        {
            max = f.Max();
            denominator = 0f;
            var p = new float[f.Length];
            for (int i = 0; i < f.Length; i++) { p[i] = MathF.Exp(f[i] - max); denominator += p[i]; }
            for (int i = 0; i < p.Length; i++) p[i] /= denominator;
            output.Add(p);
        }
        """;

    [Theory]
    [MemberData(nameof(Loops))]
    public async Task ADenominatorDeclaredAboveTheRowLoop_IsLG0002(string parameters, string head, string before)
    {
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(Source(parameters, head, before, DenominatorAbove)));
    }

    [Theory]
    [MemberData(nameof(Loops))]
    public async Task AMaxDeclaredAboveTheRowLoop_IsLG0001(string parameters, string head, string before)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Source(parameters, head, before, MaxAbove)));
    }

    [Theory]
    [MemberData(nameof(Loops))]
    public async Task AMaxAndDenominatorPerRow_AreSilent(string parameters, string head, string before)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(parameters, head, before, ResetPerRow)));
    }

    [Theory]
    [MemberData(nameof(Loops))]
    public async Task AMaxAndDenominatorResetByAssignmentPerRow_AreSilent(string parameters, string head, string before)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(parameters, head, before, ResetByAssignment)));
    }
}
