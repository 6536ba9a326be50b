namespace LayerGen;

/// <summary>Element type of generated layer code.</summary>
public enum Precision
{
    /// <summary>Single precision (<c>float</c>); the default.</summary>
    Float = 0,

    /// <summary>Double precision (<c>double</c>); use it for gradient checks.</summary>
    Double = 1,
}
