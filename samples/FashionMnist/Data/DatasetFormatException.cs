namespace FashionMnist.Data;

/// <summary>A data file that is not valid MNIST-format IDX; the message names the file and the problem on one line.</summary>
internal sealed class DatasetFormatException(string path, string problem)
    : Exception($"{path}: {problem}")
{
    /// <summary>The offending file.</summary>
    public string FilePath { get; } = path;
}
