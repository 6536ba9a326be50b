// Idiom: await foreach over pages of a flat buffer (a record with Data and Rows) and a local function that normalises
// one row in place.
// Use: a streaming exporter that converts logit pages to probabilities before writing them out.
// Layout: each page is a flat row-major double[rows * classes]; the local function takes the row's offset.
// Bug (LG0003): the local function exponentiates the raw logits (no max subtracted) and divides by their sum; logits
// above ~709 overflow to ∞/∞ = NaN.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.AsyncBatches_RawExpFlat;

public sealed record Page(double[] Data, int Rows);

public static class PageExporter
{
    public static async Task<int> ConvertAsync(IAsyncEnumerable<Page> pages, int classes, CancellationToken ct = default)
    {
        int converted = 0;
        await foreach (Page page in pages.WithCancellation(ct))
        {
            for (int r = 0; r < page.Rows; r++)
            {
                NormaliseRow(page.Data, r * classes);
            }

            converted += page.Rows;
        }

        return converted;

        void NormaliseRow(double[] data, int offset)
        {
            double total = 0;
            for (int k = offset; k < offset + classes; k++)
            {
                data[k] = Math.Exp(data[k]); //~ LG0003
                total += data[k];
            }

            for (int k = offset; k < offset + classes; k++)
            {
                data[k] /= total;
            }
        }
    }
}
