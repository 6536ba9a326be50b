using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A user type's indexer whose getter returns one element of the type's own storage (SoftmaxModel.UserIndexers.cs):
/// <c>this[k, j]</c> with <c>get =&gt; Data[(j * Classes) + k]</c> is the element <c>Data[(j * Classes) + k]</c>, so a
/// whole-storage fold (<c>Data.Max()</c>, a loop over <c>Data</c>) subtracted from exps read through the indexer, one
/// softmax per column, is a max over every column: LG0001. Getter spellings (expression-bodied indexer, accessor,
/// <c>return</c> statement), field or property storage, row- and column-major layouts, <c>this</c> and a variable
/// receiver whose storage the method reads. A per-column max read through the same indexer is silent.
/// </summary>
public class SoftmaxModelUserIndexerTests
{
    /// <summary>Indexer declarations over <c>Data</c> (a <c>float[]</c>) with <c>Classes</c> and <c>Batch</c>; the element is class k of column j.</summary>
    public static TheoryData<string> Indexers() => new(IndexerTexts);

    private static readonly string[] IndexerTexts =
    {
        "public float this[int k, int j] { get => Data[(j * Classes) + k]; set => Data[(j * Classes) + k] = value; }",
        "public float this[int k, int j] => Data[k + Classes * j];",
        "public float this[int k, int j] { get { return Data[j * Classes + k]; } }",
        "public float this[int k, int j] => Data[(j - 0) * Classes + k];",
        // row-major over a [batch, classes] buffer: the same softmax, read as row j.
        "public float this[int k, int j] => Data[j * Classes + k * 1];",
    };

    /// <summary>Whole-storage folds: every column's logits.</summary>
    public static TheoryData<string> WholeFolds() => new(FoldTexts);

    private static readonly string[] FoldTexts =
    {
        "var max = Data.Max();",
        "var max = Enumerable.Max(Data);",
        "var max = float.NegativeInfinity; foreach (var v in Data) max = MathF.Max(max, v);",
        "var max = Data[0]; for (var i = 1; i < Data.Length; i++) if (Data[i] > max) max = Data[i];",
    };

    public static TheoryData<string, string> IndexerAndFold()
    {
        var data = new TheoryData<string, string>();
        foreach (var indexer in IndexerTexts)
        {
            foreach (var fold in FoldTexts)
            {
                data.Add(indexer, fold);
            }
        }

        return data;
    }

    private static string Tensor(string indexer, string members) => $$"""
        using System;
        using System.Linq;

        public sealed class Tensor2D
        {
            public Tensor2D(int classes, int batch) { Classes = classes; Batch = batch; Data = new float[classes * batch]; }
            public int Classes { get; }
            public int Batch { get; }
            public float[] Data { get; }
            {{indexer}}
            {{members}}
        }
        """;

    private static string OwnSoftmax(string shift) => $$"""
        public float[] SoftmaxColumns()
        {
            var y = new float[Data.Length];
            {{shift}}
            for (var j = 0; j < Batch; j++)
            {
                var denominator = 0f;
                for (var k = 0; k < Classes; k++)
                {
                    var e = MathF.Exp(this[k, j] - max);
                    y[(j * Classes) + k] = e;
                    denominator += e;
                }

                for (var k = 0; k < Classes; k++) y[(j * Classes) + k] /= denominator;
            }

            return y;
        }
        """;

    [Theory]
    [MemberData(nameof(IndexerAndFold))]
    public async Task AWholeStorageMax_UnderExpsReadThroughTheOwnIndexer_IsLG0001(string indexer, string fold)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Tensor(indexer, OwnSoftmax(fold))));
    }

    [Theory]
    [MemberData(nameof(Indexers))]
    public async Task AWholeStorageMax_OfAVariableReadThroughItsIndexer_IsLG0001(string indexer)
    {
        var source = Tensor(indexer, "") + """

            public static class Heads
            {
                public static float[] Softmax(Tensor2D t)
                {
                    var y = new float[t.Data.Length];
                    var max = t.Data.Max();
                    for (var j = 0; j < t.Batch; j++)
                    {
                        var s = 0f;
                        for (var k = 0; k < t.Classes; k++) { y[(j * t.Classes) + k] = MathF.Exp(t[k, j] - max); s += y[(j * t.Classes) + k]; }
                        for (var k = 0; k < t.Classes; k++) y[(j * t.Classes) + k] /= s;
                    }

                    return y;
                }
            }
            """;
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(Indexers))]
    public async Task APerColumnMax_ReadThroughTheOwnIndexer_IsSilent(string indexer)
    {
        var shift = "";
        var members = OwnSoftmax(shift).Replace(
            "var denominator = 0f;",
            "var max = float.NegativeInfinity; for (var k = 0; k < Classes; k++) max = MathF.Max(max, this[k, j]); var denominator = 0f;");
        Assert.Empty(await FixRunner.ReportedIdsAsync(Tensor(indexer, members)));
    }

    [Theory]
    [MemberData(nameof(Indexers))]
    public async Task APerColumnMax_OverTheStorageDirectly_WithExpsThroughTheIndexer_IsSilent(string indexer)
    {
        var members = OwnSoftmax("").Replace(
            "var denominator = 0f;",
            "var max = float.NegativeInfinity; for (var k = 0; k < Classes; k++) max = MathF.Max(max, Data[(j * Classes) + k]); var denominator = 0f;");
        Assert.Empty(await FixRunner.ReportedIdsAsync(Tensor(indexer, members)));
    }
}
