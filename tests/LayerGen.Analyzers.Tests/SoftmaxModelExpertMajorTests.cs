using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Expert-major logits (HeldOut42's outside probes): every expert owns one <c>float[tokens]</c> and the softmax runs per
/// token ACROSS the experts' arrays, so the slice at token <c>t</c> is slot <c>t</c> of every expert's array — the
/// axis is the collection index, <c>t</c> is fixed per slice. Held in <c>Expert</c> objects this was read; held in a
/// <c>Dictionary&lt;string, float[]&gt;</c> (walked by <c>foreach (var kv in d)</c>, deconstruction, <c>d.Values</c>,
/// indexed by <c>kv.Key</c>), a <c>List&lt;float[]&gt;</c> or a jagged <c>float[][]</c> it must be read the same way.
/// Correct twins (per-token max and sum across the experts) stay silent; each buggy one reports its line (marked
/// <c>/*!*/</c>).
/// </summary>
public class SoftmaxModelExpertMajorTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        """;

    private const string DictionaryHead = """
        static class C {
            static Dictionary<string, float[]> F(Dictionary<string, float[]> logits, int tokens) {
                var w = new Dictionary<string, float[]>();
                foreach (var kv in logits) w[kv.Key] = new float[tokens];

        """;

    private const string DictionaryFromKeysHead = """
        static class C {
            static Dictionary<string, float[]> F(IReadOnlyDictionary<string, float[]> logits, int tokens) {
                var w = logits.ToDictionary(kv => kv.Key, _ => new float[tokens]);

        """;

    private const string ListHead = """
        static class C {
            static List<float[]> F(List<float[]> logits, int tokens) {
                var w = new List<float[]>();
                for (int k = 0; k < logits.Count; k++) w.Add(new float[tokens]);

        """;

    private const string ListFromSelectHead = """
        static class C {
            static List<float[]> F(IReadOnlyList<float[]> logits, int tokens) {
                var w = logits.Select(_ => new float[tokens]).ToList();

        """;

    private const string JaggedHead = """
        static class C {
            static float[][] F(float[][] logits, int tokens) {
                var w = new float[logits.Length][];
                for (int k = 0; k < logits.Length; k++) w[k] = new float[tokens];

        """;

    private const string JaggedFromSelectHead = """
        static class C {
            static float[][] F(float[][] logits, int tokens) {
                var w = logits.Select(_ => new float[tokens]).ToArray();

        """;

    private const string Tail = """

                return w;
            }
        }
        """;

    /// <summary>Correct per-token softmaxes across the experts, in several spellings and containers.</summary>
    private static TheoryData<string, string> CorrectBodiesWrittenOnce() => new()
    {
        // dictionary: LINQ max over Values, foreach over entries, divide through Values
        { DictionaryHead, """
            for (int t = 0; t < tokens; t++) {
                float m = logits.Values.Max(v => v[t]);
                float z = 0f;
                foreach (var kv in logits) { w[kv.Key][t] = MathF.Exp(kv.Value[t] - m); z += w[kv.Key][t]; }
                foreach (var v in w.Values) v[t] /= z;
            }
            """ },
        // dictionary: LINQ sum per token over Values
        { DictionaryHead, """
            for (int t = 0; t < tokens; t++) {
                float m = logits.Values.Max(v => v[t]);
                foreach (var kv in logits) w[kv.Key][t] = MathF.Exp(kv.Value[t] - m);
                float z = w.Values.Sum(v => v[t]);
                foreach (var v in w.Values) v[t] /= z;
            }
            """ },
        // dictionary: deconstruction, explicit max loop, divide through Keys
        { DictionaryHead, """
            for (int t = 0; t < tokens; t++) {
                float m = float.NegativeInfinity;
                foreach (var (_, v) in logits) m = MathF.Max(m, v[t]);
                float z = 0f;
                foreach (var (name, v) in logits) { float e = MathF.Exp(v[t] - m); w[name][t] = e; z += e; }
                foreach (var name in logits.Keys) w[name][t] /= z;
            }
            """ },
        // dictionary: while loop over tokens, max over entries by kv.Value
        { DictionaryHead, """
            int t = 0;
            while (t < tokens) {
                float m = float.NegativeInfinity;
                foreach (var kv in logits) if (kv.Value[t] > m) m = kv.Value[t];
                float z = 0f;
                foreach (var kv in logits) z += MathF.Exp(kv.Value[t] - m);
                foreach (var kv in logits) w[kv.Key][t] = MathF.Exp(kv.Value[t] - m) / z;
                t++;
            }
            """ },
        // dictionary: divide through the weights' own entries
        { DictionaryHead, """
            for (int t = 0; t < tokens; t++) {
                float m = logits.Max(kv => kv.Value[t]);
                foreach (var kv in logits) w[kv.Key][t] = MathF.Exp(kv.Value[t] - m);
                float z = w.Sum(kv => kv.Value[t]);
                foreach (var kv in w) kv.Value[t] /= z;
            }
            """ },
        // list: LINQ max and sum per token
        { ListHead, """
            for (int t = 0; t < tokens; t++) {
                float m = logits.Max(v => v[t]);
                for (int k = 0; k < logits.Count; k++) w[k][t] = MathF.Exp(logits[k][t] - m);
                float z = w.Sum(v => v[t]);
                foreach (float[] v in w) v[t] /= z;
            }
            """ },
        // list: foreach max, indexed sum
        { ListHead, """
            for (int t = 0; t < tokens; t++) {
                float m = float.NegativeInfinity;
                foreach (float[] v in logits) m = MathF.Max(m, v[t]);
                float z = 0f;
                for (int k = 0; k < logits.Count; k++) { w[k][t] = MathF.Exp(logits[k][t] - m); z += w[k][t]; }
                for (int k = 0; k < w.Count; k++) w[k][t] /= z;
            }
            """ },
        // jagged: LINQ max and sum per token
        { JaggedHead, """
            for (int t = 0; t < tokens; t++) {
                float m = logits.Max(v => v[t]);
                for (int k = 0; k < logits.Length; k++) w[k][t] = MathF.Exp(logits[k][t] - m);
                float z = w.Sum(v => v[t]);
                for (int k = 0; k < w.Length; k++) w[k][t] /= z;
            }
            """ },
        // jagged: explicit loops
        { JaggedHead, """
            for (int t = 0; t < tokens; t++) {
                float m = float.NegativeInfinity;
                for (int k = 0; k < logits.Length; k++) m = MathF.Max(m, logits[k][t]);
                float z = 0f;
                for (int k = 0; k < logits.Length; k++) { w[k][t] = MathF.Exp(logits[k][t] - m); z += w[k][t]; }
                for (int k = 0; k < logits.Length; k++) w[k][t] /= z;
            }
            """ },
    };

    /// <summary>Buggy twins: the marked line carries the expected rule.</summary>
    private static TheoryData<string, string, string> BuggyBodiesWrittenOnce() => new()
    {
        // the per-token sum folds every token of every expert (probe 1)
        { "LG0002", DictionaryHead, """
            for (int t = 0; t < tokens; t++) {
                float m = logits.Values.Max(v => v[t]);
                foreach (var kv in logits) w[kv.Key][t] = MathF.Exp(kv.Value[t] - m);
                float z = w.Values.Sum(v => v.Sum()); /*!*/
                foreach (var v in w.Values) v[t] /= z;
            }
            """ },
        // the same over a list of arrays (probe 2)
        { "LG0002", ListHead, """
            for (int t = 0; t < tokens; t++) {
                float m = logits.Max(v => v[t]);
                for (int k = 0; k < logits.Count; k++) w[k][t] = MathF.Exp(logits[k][t] - m);
                float z = w.Sum(v => v.Sum()); /*!*/
                foreach (float[] v in w) v[t] /= z;
            }
            """ },
        // the same over a jagged array
        { "LG0002", JaggedHead, """
            for (int t = 0; t < tokens; t++) {
                float m = logits.Max(v => v[t]);
                for (int k = 0; k < logits.Length; k++) w[k][t] = MathF.Exp(logits[k][t] - m);
                float z = w.Sum(v => v.Sum()); /*!*/
                for (int k = 0; k < w.Length; k++) w[k][t] /= z;
            }
            """ },
        // unshifted exp over dictionary entries (probe 3)
        { "LG0003", DictionaryHead, """
            for (int t = 0; t < tokens; t++) {
                float z = 0f;
                foreach (var kv in logits) { w[kv.Key][t] = MathF.Exp(kv.Value[t]); /*!*/ z += w[kv.Key][t]; }
                foreach (var v in w.Values) v[t] /= z;
            }
            """ },
        // unshifted exp over deconstructed entries
        { "LG0003", DictionaryHead, """
            for (int t = 0; t < tokens; t++) {
                float z = 0f;
                foreach (var (name, v) in logits) { float e = MathF.Exp(v[t]); /*!*/ w[name][t] = e; z += e; }
                foreach (var name in logits.Keys) w[name][t] /= z;
            }
            """ },
        // unshifted exp over a list of arrays
        { "LG0003", ListHead, """
            for (int t = 0; t < tokens; t++) {
                float z = 0f;
                for (int k = 0; k < logits.Count; k++) { w[k][t] = MathF.Exp(logits[k][t]); /*!*/ z += w[k][t]; }
                foreach (float[] v in w) v[t] /= z;
            }
            """ },
        // the per-token sum declared above the token loop and never reset (probe 4)
        { "LG0002", DictionaryHead, """
            float z = 0f;
            for (int t = 0; t < tokens; t++) {
                float m = logits.Values.Max(v => v[t]);
                foreach (var kv in logits) { w[kv.Key][t] = MathF.Exp(kv.Value[t] - m); z += w[kv.Key][t]; /*!*/ }
                foreach (var v in w.Values) v[t] /= z;
            }
            """ },
        // never reset, over a list with foreach
        { "LG0002", ListHead, """
            float z = 0f;
            for (int t = 0; t < tokens; t++) {
                float m = float.NegativeInfinity;
                foreach (float[] v in logits) m = MathF.Max(m, v[t]);
                for (int k = 0; k < logits.Count; k++) { w[k][t] = MathF.Exp(logits[k][t] - m); z += w[k][t]; /*!*/ }
                for (int k = 0; k < w.Count; k++) w[k][t] /= z;
            }
            """ },
        // a max over every token of every expert
        { "LG0001", DictionaryHead, """
            for (int t = 0; t < tokens; t++) {
                float m = logits.Values.Max(v => v.Max()); /*!*/
                float z = 0f;
                foreach (var kv in logits) { w[kv.Key][t] = MathF.Exp(kv.Value[t] - m); z += w[kv.Key][t]; }
                foreach (var v in w.Values) v[t] /= z;
            }
            """ },
    };

    /// <summary>Every correct body under every way of holding its container (the head allocating the weights differs).</summary>
    public static TheoryData<string, string> CorrectBodies()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in CorrectBodiesWrittenOnce())
        {
            foreach (var head in Heads((string)row[0]))
            {
                data.Add(head, (string)row[1]);
            }
        }

        return data;
    }

    /// <summary>Every buggy body under every way of holding its container.</summary>
    public static TheoryData<string, string, string> BuggyBodies()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in BuggyBodiesWrittenOnce())
        {
            foreach (var head in Heads((string)row[1]))
            {
                data.Add((string)row[0], head, (string)row[2]);
            }
        }

        return data;
    }

    private static string[] Heads(string head) =>
        head == DictionaryHead ? new[] { DictionaryHead, DictionaryFromKeysHead }
        : head == ListHead ? new[] { ListHead, ListFromSelectHead }
        : new[] { JaggedHead, JaggedFromSelectHead };

    [Theory]
    [MemberData(nameof(CorrectBodies))]
    public async Task PerTokenSoftmaxAcrossExperts_IsASilentSite(string head, string body)
    {
        var source = Usings + head + body + Tail;
        Assert.NotEmpty(ModelDescriptions.Method(source, "F").Sites);
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source, assertCompiles: false));
    }

    [Theory]
    [MemberData(nameof(BuggyBodies))]
    public async Task BuggyTwin_ReportsItsLine(string id, string head, string body)
    {
        var source = Usings + head + body + Tail;
        var line = source.Split('\n').ToList().FindIndex(l => l.Contains("/*!*/", StringComparison.Ordinal)) + 1;
        Assert.Equal(new[] { $"{id}@{line}" }, await SourceMarkers.ReportedIdsAtLinesAsync(source, assertCompiles: false));
    }
}
