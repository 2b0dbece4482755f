package org.treatyflow.examples;

/** Placeholder entry point; replaced below. */
public final class Showcase {
  private Showcase() {}

  public static void main(String[] args) {
    System.out.println("treatyflow");
  }
}
